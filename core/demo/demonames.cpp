#include "demonames.h"

#include "democatalog.h"
#include "demorandom.h"

namespace Stride {

namespace {

struct Syllable {
    const char* zh;
    const char* en;
};

// Surnames weighted roughly by frequency: the common ones appear twice.
const Syllable kSurnames[] = {
    {"王", "Wang"},  {"李", "Li"},   {"张", "Zhang"}, {"刘", "Liu"},  {"陈", "Chen"},  {"杨", "Yang"}, {"黄", "Huang"},
    {"赵", "Zhao"},  {"吴", "Wu"},   {"周", "Zhou"},  {"徐", "Xu"},   {"孙", "Sun"},   {"马", "Ma"},   {"朱", "Zhu"},
    {"胡", "Hu"},    {"郭", "Guo"},  {"何", "He"},    {"林", "Lin"},  {"高", "Gao"},   {"罗", "Luo"},  {"郑", "Zheng"},
    {"梁", "Liang"}, {"谢", "Xie"},  {"宋", "Song"},  {"唐", "Tang"}, {"韩", "Han"},   {"冯", "Feng"}, {"邓", "Deng"},
    {"曹", "Cao"},   {"彭", "Peng"}, {"王", "Wang"},  {"李", "Li"},   {"张", "Zhang"}, {"刘", "Liu"},  {"陈", "Chen"},
};

const Syllable kGiven[] = {
    {"伟", "wei"},  {"芳", "fang"}, {"娜", "na"},   {"敏", "min"},  {"静", "jing"}, {"丽", "li"},   {"强", "qiang"},
    {"磊", "lei"},  {"军", "jun"},  {"洋", "yang"}, {"勇", "yong"}, {"艳", "yan"},  {"杰", "jie"},  {"娟", "juan"},
    {"涛", "tao"},  {"明", "ming"}, {"超", "chao"}, {"秀", "xiu"},  {"霞", "xia"},  {"平", "ping"}, {"刚", "gang"},
    {"英", "ying"}, {"华", "hua"},  {"建", "jian"}, {"文", "wen"},  {"辉", "hui"},  {"鹏", "peng"}, {"宇", "yu"},
    {"晨", "chen"}, {"浩", "hao"},  {"婷", "ting"}, {"雪", "xue"},  {"琳", "lin"},  {"凯", "kai"},  {"斌", "bin"},
    {"欣", "xin"},  {"佳", "jia"},  {"思", "si"},   {"子", "zi"},   {"梓", "zi"},   {"睿", "rui"},  {"晓", "xiao"},
};

const Syllable kCompanyChars[] = {
    {"恒", "Heng"}, {"达", "da"},    {"华", "Hua"},   {"信", "xin"},    {"宏", "Hong"}, {"远", "yuan"},
    {"金", "Jin"},  {"鼎", "ding"},  {"瑞", "Rui"},   {"丰", "feng"},   {"鑫", "Xin"},  {"源", "yuan"},
    {"永", "Yong"}, {"盛", "sheng"}, {"德", "De"},    {"润", "run"},    {"天", "Tian"}, {"成", "cheng"},
    {"博", "Bo"},   {"新", "xin"},   {"锐", "Rui"},   {"中", "Zhong"},  {"联", "lian"}, {"汇", "Hui"},
    {"通", "tong"}, {"嘉", "Jia"},   {"禾", "he"},    {"海", "Hai"},    {"纳", "na"},   {"利", "Li"},
    {"启", "Qi"},   {"明", "ming"},  {"正", "Zheng"}, {"泰", "tai"},    {"安", "An"},   {"康", "kang"},
    {"辉", "Hui"},  {"星", "xing"},  {"普", "Pu"},    {"创", "chuang"}, {"万", "Wan"},  {"富", "fu"},
    {"佳", "Jia"},  {"诚", "cheng"}, {"立", "Li"},    {"越", "yue"},    {"腾", "Teng"}, {"伟", "wei"},
};

const char* const kCompanyForms[] = {"有限公司", "有限公司", "有限公司", "股份有限公司", "集团有限公司"};
const char* const kCompanyFormsEn[] = {"Co., Ltd.", "Co., Ltd.", "Co., Ltd.", "Corp., Ltd.", "Group Co., Ltd."};

const char* const kDistricts[] = {"高新区", "经济开发区", "工业园区", "新区", "中心区", "滨江区", "临港新区"};
const char* const kRoads[] = {"人民路", "建设路",   "解放路",   "中山路", "长江路", "科技路",
                              "创业路", "工业大道", "东方大道", "学府路", "滨河路", "开发大道"};

// ASCII only and independent of the C locale (QCoreApplication sets it from the environment).
char lower(char c) {
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}
char upper(char c) {
    return c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c;
}
bool isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

void appendLower(std::string& out, const char* s) {
    for (; *s; ++s)
        out += lower(*s);
}

void appendCapitalised(std::string& out, const char* s) {
    if (!*s)
        return;
    out += upper(*s);
    appendLower(out, s + 1);
}

} // namespace

DemoPerson DemoNames::person(DemoRandom& random) {
    const Syllable& surname = random.pick(kSurnames);
    const Syllable& g1 = random.pick(kGiven);
    const bool twoChars = random.chance(0.6);
    const Syllable& g2 = random.pick(kGiven);
    DemoPerson p;
    p.zh.reserve(12);
    p.zh += surname.zh;
    p.zh += g1.zh;
    if (twoChars)
        p.zh += g2.zh;
    appendCapitalised(p.en, g1.en);
    if (twoChars)
        appendLower(p.en, g2.en);
    p.en += ' ';
    p.en += surname.en;
    appendLower(p.emailId, surname.en);
    p.emailId += '.';
    appendLower(p.emailId, g1.en);
    if (twoChars)
        appendLower(p.emailId, g2.en);
    return p;
}

DemoCompany DemoNames::company(DemoRandom& random, const DemoCity& city, const DemoIndustry& industry) {
    const quint32 n = quint32(sizeof kCompanyChars / sizeof kCompanyChars[0]);
    const quint32 a = random.below(n);
    quint32 b = random.below(n - 1);
    if (b >= a)
        ++b;
    const Syllable& first = kCompanyChars[a];
    const Syllable& second = kCompanyChars[b];
    const quint32 form = random.below(quint32(sizeof kCompanyForms / sizeof kCompanyForms[0]));
    DemoCompany c;
    c.zh.reserve(64);
    c.zh += city.zh;
    c.zh += first.zh;
    c.zh += second.zh;
    c.zh += industry.suffixZh;
    c.zh += kCompanyForms[form];
    c.en.reserve(64);
    c.en += city.en;
    c.en += ' ';
    appendCapitalised(c.en, first.en);
    appendLower(c.en, second.en);
    c.en += ' ';
    c.en += industry.suffixEn;
    c.en += ' ';
    c.en += kCompanyFormsEn[form];
    appendLower(c.domain, first.en);
    appendLower(c.domain, second.en);
    c.domain += '-';
    for (const char* s = city.en; *s; ++s) {
        if (isAlpha(*s))
            c.domain += lower(*s);
    }
    c.domain += ".example.cn";
    return c;
}

std::string DemoNames::address(DemoRandom& random, const DemoCity& city) {
    std::string a;
    a.reserve(64);
    a += city.zh;
    a += "市";
    a += random.pick(kDistricts);
    a += random.pick(kRoads);
    appendNumber(a, random.range(1, 999));
    a += "号";
    return a;
}

void DemoNames::appendNumber(std::string& out, qint64 n) {
    char buf[24];
    int len = 0;
    do {
        buf[len++] = char('0' + n % 10);
        n /= 10;
    } while (n);
    while (len)
        out += buf[--len];
}

std::string DemoNames::mobile(DemoRandom& random) {
    static const char prefixes[][4] = {"135", "136", "138", "139", "150", "158", "186", "188", "177", "199"};
    std::string m = random.pick(prefixes);
    for (int i = 0; i < 8; ++i)
        m += char('0' + random.below(10));
    return m;
}

} // namespace Stride
