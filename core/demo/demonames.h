#pragma once

#include <QtGlobal>

#include <string>

namespace Stride {

class DemoRandom;
struct DemoCity;
struct DemoIndustry;

// A generated person: Chinese name and its pinyin, in both orders an English field wants.
struct DemoPerson {
    std::string zh;      // 王伟
    std::string en;      // Wei Wang
    std::string emailId; // wang.wei
};

struct DemoCompany {
    std::string zh;     // 苏州恒达机械制造有限公司
    std::string en;     // Suzhou Hengda Machinery Co., Ltd.
    std::string domain; // hengda-suzhou.example.cn
};

// Realistic Chinese names from syllable pools with their pinyin, cheap enough for a million rows:
// everything is appended to std::string from UTF-8 literals.
class DemoNames final {
public:
    static DemoPerson person(DemoRandom& random);
    static DemoCompany company(DemoRandom& random, const DemoCity& city, const DemoIndustry& industry);
    static std::string address(DemoRandom& random, const DemoCity& city);
    static std::string mobile(DemoRandom& random);
    // The decimal digits of n (n >= 0), without a locale or a temporary string.
    static void appendNumber(std::string& out, qint64 n);
};

} // namespace Stride
