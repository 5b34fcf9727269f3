#include "democatalog.h"

namespace Stride {

const std::vector<DemoRegion>& DemoCatalog::regions() {
    static const std::vector<DemoRegion> all{
        {"华东",
         {{"上海", "Shanghai"},
          {"苏州", "Suzhou"},
          {"杭州", "Hangzhou"},
          {"南京", "Nanjing"},
          {"宁波", "Ningbo"},
          {"无锡", "Wuxi"},
          {"合肥", "Hefei"},
          {"常州", "Changzhou"}}},
        {"华南",
         {{"广州", "Guangzhou"},
          {"深圳", "Shenzhen"},
          {"东莞", "Dongguan"},
          {"佛山", "Foshan"},
          {"厦门", "Xiamen"},
          {"珠海", "Zhuhai"}}},
        {"华北",
         {{"北京", "Beijing"},
          {"天津", "Tianjin"},
          {"石家庄", "Shijiazhuang"},
          {"济南", "Jinan"},
          {"青岛", "Qingdao"},
          {"太原", "Taiyuan"}}},
        {"西南", {{"成都", "Chengdu"}, {"重庆", "Chongqing"}, {"昆明", "Kunming"}, {"贵阳", "Guiyang"}}},
        {"华中", {{"武汉", "Wuhan"}, {"长沙", "Changsha"}, {"郑州", "Zhengzhou"}, {"南昌", "Nanchang"}}},
        {"西北", {{"西安", "Xi'an"}, {"兰州", "Lanzhou"}, {"银川", "Yinchuan"}}},
        {"东北", {{"沈阳", "Shenyang"}, {"大连", "Dalian"}, {"哈尔滨", "Harbin"}, {"长春", "Changchun"}}},
    };
    return all;
}

const std::vector<DemoIndustry>& DemoCatalog::industries() {
    static const std::vector<DemoIndustry> all{
        {"manufacturing",
         "Manufacturing",
         "机械制造",
         "Machinery",
         {"数控设备升级", "产线自动化改造", "设备备件年度框架", "MES 系统对接"}},
        {"retail", "Retail", "商贸", "Trading", {"门店货架更新", "收银系统升级", "季度补货框架", "会员系统对接"}},
        {"education",
         "Education",
         "教育科技",
         "Education Technology",
         {"智慧教室建设", "实验室设备采购", "校园网络改造", "教学平台授权"}},
        {"healthcare", "Healthcare", "医疗科技", "Healthcare", {"门诊信息化", "病房设备更新", "检验科耗材框架"}},
        {"construction",
         "Construction",
         "建设工程",
         "Construction",
         {"工地安全设备", "工程机械租赁", "项目管理软件", "钢材辅料框架"}},
        {"logistics", "Logistics", "物流", "Logistics", {"仓储货架改造", "车队管理系统", "分拣设备采购"}},
        {"hardware", "Hardware", "五金", "Hardware", {"工具年度框架", "紧固件集采", "电动工具换新"}},
        {"medical_devices",
         "Medical devices",
         "医疗器械",
         "Medical Devices",
         {"影像设备采购", "监护仪更新", "耗材年度框架", "设备维保合同"}},
        {"fmcg", "FMCG", "食品", "Foods", {"渠道陈列项目", "冷链设备采购", "经销商系统"}},
    };
    return all;
}

const std::vector<const char*>& DemoCatalog::sizeBands() {
    static const std::vector<const char*> all{"1-49", "50-199", "200-999", "1000+"};
    return all;
}

const std::vector<DemoBudgetBand>& DemoCatalog::budgetBands() {
    static const std::vector<DemoBudgetBand> all{{"<¥100k", 20000, 100000},
                                                 {"¥100k-500k", 100000, 500000},
                                                 {"¥500k-1M", 500000, 1000000},
                                                 {"¥1M+", 1000000, 3000000}};
    return all;
}

const std::vector<const char*>& DemoCatalog::decisionChains() {
    static const std::vector<const char*> all{"owner decides", "CTO decides", "purchasing committee", "GM + finance",
                                              "group HQ approval"};
    return all;
}

const std::vector<const char*>& DemoCatalog::demandStages() {
    static const std::vector<const char*> all{"exploring", "evaluating", "budget approved", "ready to buy",
                                              "expanding"};
    return all;
}

const std::vector<DemoBehaviourWeight>& DemoCatalog::behaviourWeights() {
    static const std::vector<DemoBehaviourWeight> all{
        {"pain_point_interview", 14},
        {"needs_confirmation", 10},
        {"product_match_report", 5},
        {"customised_solution", 6},
        {"solution_demo", 7},
        {"poc_support", 3},
        {"case_study", 4},
        {"cross_department_meeting", 2},
        {"executive_visit", 2},
        {"customised_quote", 5},
        {"contract_negotiation", 2},
        {"payment_follow_up", 4},
        {"service_recovery", 4},
        {"routine_follow_up", 32},
    };
    return all;
}

const std::vector<DemoContactRole>& DemoCatalog::contactRoles() {
    static const std::vector<DemoContactRole> all{
        {"总经理", "decision_maker"},       {"副总经理", "decision_maker"}, {"技术总监", "technical_evaluator"},
        {"采购经理", "purchasing"},         {"采购专员", "purchasing"},     {"财务总监", "approver"},
        {"IT 经理", "technical_evaluator"}, {"生产部长", "user"},           {"设备主管", "user"},
        {"行政主管", "influencer"},         {"项目经理", "champion"},       {"运营总监", "influencer"},
    };
    return all;
}

const std::vector<DemoInsight>& DemoCatalog::insights() {
    static const std::vector<DemoInsight> all{
        {"客户嫌贵时先算三年总拥有成本，再谈折扣，成交率明显更高", "price"},
        {"价格异议时拿同行业案例的回本周期说话，比直接让价有效", "price"},
        {"报价分基础版和增值版两档，客户更容易在中间找到平衡点", "price"},
        {"竞品低价入场时，强调本地化服务响应时间是最有效的差异点", "competitor"},
        {"客户提到竞品时不要贬低对方，列出验收标准让客户自己对比", "competitor"},
        {"招标前争取参与技术参数编写，能把竞品的短板写进评分项", "competitor"},
        {"预算被砍时建议分期实施，先做见效最快的一期", "budget"},
        {"年底预算紧张，提前锁定下一年度框架协议更稳", "budget"},
        {"决策人出差多，提前约好视频会议比等现场拜访快一周", "timing"},
        {"采购季前两个月开始铺垫，比临近招标再介入成功率高", "timing"},
        {"需要总部审批的客户，提前准备标准化的审批材料包", "approval"},
        {"财务总监关心付款条件，方案里直接给出分期回款计划", "approval"},
        {"技术部担心系统对接，先做小范围 POC 打消顾虑", "technical"},
        {"IT 经理最关心数据安全，带上等保证明材料再去谈", "technical"},
        {"售后响应慢是丢单主因，重点客户要承诺 24 小时响应", "service"},
        {"新品试用期间每周回访一次，客户转化为正式订单的比例更高", "service"},
        {"跨部门共识会上让使用部门先发言，采购阻力小很多", "approval"},
        {"老客户复购前一个月主动提供用量分析，能提前锁单", "timing"},
    };
    return all;
}

const std::vector<const char*>& DemoCatalog::visitTopics() {
    static const std::vector<const char*> all{
        "了解今年产能扩张计划", "确认下季度采购需求", "演示新品功能",     "讨论售后响应问题", "跟进上次报价反馈",
        "介绍同行业成功案例",   "对接技术参数",       "沟通年度框架协议", "收集新品试用反馈", "协调交付排期",
        "拜访新任采购负责人",   "讨论付款条件",       "梳理设备使用现状", "确认招标时间表",   "处理到货质量问题",
        "介绍增值服务方案",     "回访满意度",         "了解竞品使用情况", "推进合同条款确认", "商讨库存补货节奏",
        "演示定制方案",         "邀请参加行业交流会", "跟进回款进度",     "确认项目预算",
    };
    return all;
}

const std::vector<const char*>& DemoCatalog::visitDetails() {
    static const std::vector<const char*> all{
        "客户对交付周期比较关心", "采购部希望再降价 5%",    "技术部认可方案方向",   "决策人本周出差，下周再约",
        "客户计划下月内部立项",   "对售后响应速度有意见",   "对新品试用效果满意",   "需要补充资质文件",
        "预算还在审批中",         "客户希望先小批量试用",   "财务要求调整付款比例", "使用部门反馈操作便捷",
        "对数据安全提出疑问",     "客户正在比较三家供应商", "库存偏高，补货放缓",   "新来的采购经理比较谨慎",
        "老板对合作比较认可",     "希望安排工厂参观",       "需求比预期扩大了一倍", "项目可能推迟到下季度",
    };
    return all;
}

const std::vector<const char*>& DemoCatalog::outcomes() {
    static const std::vector<const char*> all{
        "客户同意安排方案演示", "确认需求清单",   "获得口头采购意向", "需要进一步跟进",
        "客户暂无新需求",       "问题已解决",     "约定下次拜访时间", "客户要求重新报价",
        "收到试用反馈",         "推进到审批环节", "客户态度冷淡",     "签署试用协议",
    };
    return all;
}

const std::vector<const char*>& DemoCatalog::competitors() {
    static const std::vector<const char*> all{"远航科技", "华兴集团",    "博创智能", "捷达供应链",
                                              "恒通实业", "Apex Supply", "NordTech"};
    return all;
}

const std::vector<const char*>& DemoCatalog::competitorNotes() {
    static const std::vector<const char*> all{"报价比我们低约 10%", "正在客户处做免费试用", "承诺 4 小时上门服务",
                                              "与客户高层关系密切", "提供 12 期免息分期",   "上次交付延期被投诉"};
    return all;
}

const std::vector<const char*>& DemoCatalog::nextActions() {
    static const std::vector<const char*> all{
        "发送个性化产品匹配报告", "提交定制报价",     "安排方案演示",     "发送第三方案例",
        "约技术总监做需求确认",   "跟进审批进度",     "寄送试用样品",     "安排售后工程师上门",
        "整理会议纪要发给客户",   "电话确认合同条款", "邀请参观样板客户", "跟进回款",
    };
    return all;
}

const std::vector<const char*>& DemoCatalog::noActionReasons() {
    static const std::vector<const char*> all{"客户进入年度停采期", "已转交售后团队处理", "等待客户内部审批结果",
                                              "客户明确本季度无需求"};
    return all;
}

const std::vector<const char*>& DemoCatalog::ticketSubjects() {
    static const std::vector<const char*> all{"到货破损", "设备故障报修", "发票开具错误", "安装调试延期",
                                              "配件缺货", "使用培训需求", "系统对接报错", "账期对账差异"};
    return all;
}

const std::vector<const char*>& DemoCatalog::lostReasons() {
    static const std::vector<const char*> all{"price too high", "competitor", "budget cut",
                                              "no decision",    "timing",     "service concerns"};
    return all;
}

const std::vector<const char*>& DemoCatalog::signalKinds() {
    static const std::vector<const char*> all{"poc_done", "it_integration", "legal_review", "competitor_removed",
                                              "public_news"};
    return all;
}

const std::vector<const char*>& DemoCatalog::signalNotes() {
    static const std::vector<const char*> all{"POC 验收通过", "客户 IT 部门发来接口对接需求", "合同已进入法务审核",
                                              "竞品未进入最终名单", "客户官网发布扩产新闻"};
    return all;
}

} // namespace Stride
