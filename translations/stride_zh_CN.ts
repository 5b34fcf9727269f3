<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: a quote inside a field that does not start with one; quote the whole field and double the quotes in it</source>
        <translation>第 %1 行：字段中间出现引号，但字段并非以引号开头；请用引号括起整个字段，并将其中的引号写成两个</translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; after the closing quote of a field; a separator must follow it</source>
        <translation>第 %1 行：字段的结束引号后出现“%2”；结束引号后必须紧跟分隔符</translation>
    </message>
    <message>
        <source>unknown encoding &apos;%1&apos;: auto, utf-8 or gb18030</source>
        <translation>未知编码“%1”：可选 auto、utf-8 或 gb18030</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as &quot;CSV UTF-8&quot; or name its encoding (--encoding gb18030)</source>
        <translation>文件不是 UTF-8 文本；请另存为“CSV UTF-8”或指定编码（--encoding gb18030）</translation>
    </message>
    <message>
        <source>this build cannot read GB18030 text; save the file as &quot;CSV UTF-8&quot;</source>
        <translation>此版本无法读取 GB18030 文本；请将文件另存为“CSV UTF-8”</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor GB18030 text; save it as &quot;CSV UTF-8&quot;</source>
        <translation>文件既不是 UTF-8 也不是 GB18030 文本；请另存为“CSV UTF-8”</translation>
    </message>
    <message>
        <source>the file is not GB18030 text; try --encoding utf-8 or auto</source>
        <translation>文件不是 GB18030 文本；请尝试 --encoding utf-8 或 auto</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>第 %1 行：带引号的字段没有结束引号</translation>
    </message>
</context>
<context>
    <name>FigureWorkbook</name>
    <message>
        <source>Rep: %1</source>
        <translation>销售：%1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>团队：%1</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>所有团队</translation>
    </message>
    <message>
        <source>Now (the period does not apply)</source>
        <translation>当前（不适用期间）</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>最早</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>期间：%1 – %2</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>Generated %1 by %2</source>
        <translation>%2 生成于 %1</translation>
    </message>
    <message>
        <source>Funnel: reached and in stage now</source>
        <translation>漏斗：到达与当前在此阶段</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>阶段停留天数</translation>
    </message>
    <message>
        <source>Lights by stage</source>
        <translation>各阶段信号灯</translation>
    </message>
    <message>
        <source>Coverage by month</source>
        <translation>按月覆盖率</translation>
    </message>
    <message>
        <source>Behaviour points by category</source>
        <translation>按类别的行为积分</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1 and %2 (r = %3)</source>
        <translation>%1 与 %2（r = %3）</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Backed by evidence</source>
        <translation>有证据支撑</translation>
    </message>
    <message>
        <source>Not backed</source>
        <translation>无证据支撑</translation>
    </message>
    <message>
        <source>Amount backed by evidence</source>
        <translation>有证据支撑的金额</translation>
    </message>
    <message>
        <source>Stride figures</source>
        <translation>Stride 报表</translation>
    </message>
    <message>
        <source>Sales figures</source>
        <translation>销售数据</translation>
    </message>
</context>
<context>
    <name>ImportLookup</name>
    <message>
        <source>no %1 &apos;%2&apos; in the replica</source>
        <translation>本副本中没有%1“%2”</translation>
    </message>
    <message>
        <source>%1 %2s are named &apos;%3&apos;; use the id (%4)</source>
        <translation>有 %1 个%2名为“%3”；请使用编号（%4）</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>no customer &apos;%1&apos; at &apos;%2&apos; in the replica</source>
        <translation>本副本中没有地址为“%2”的客户“%1”</translation>
    </message>
    <message>
        <source>%1 customers are named &apos;%2&apos;; add a customer_address column or use the id (%3)</source>
        <translation>有 %1 个客户名为“%2”；请添加 customer_address 列或使用编号（%3）</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>there is no column %1 (the file has %2)</source>
        <translation>没有第 %1 列（文件共 %2 列）</translation>
    </message>
    <message>
        <source>%1 have no field &apos;%2&apos; (fields: %3)</source>
        <translation>%1 没有字段“%2”（可用字段：%3）</translation>
    </message>
    <message>
        <source>--map &apos;%1&apos; is not COLUMN=FIELD</source>
        <translation>--map “%1” 不是 COLUMN=FIELD 格式</translation>
    </message>
    <message>
        <source>--map %1: no column &apos;%2&apos; (columns: %3)</source>
        <translation>--map %1：没有列“%2”（现有列：%3）</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>%1 (ignored)</source>
        <translation>%1（忽略）</translation>
    </message>
</context>
<context>
    <name>ImportReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty: the first row must name the columns</source>
        <translation>%1 为空：第一行必须是列名</translation>
    </message>
</context>
<context>
    <name>ImportValidator</name>
    <message>
        <source>--key %1: not a field %2 can be matched by</source>
        <translation>--key %1：不是可用于匹配 %2 的字段</translation>
    </message>
    <message>
        <source>default owner: %1</source>
        <translation>默认负责人：%1</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 为必填项</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation>不是有效的电子邮箱地址</translation>
    </message>
    <message>
        <source>%1 is not a date (2026-03-01, 2026/3/1 or an Excel date)</source>
        <translation>%1 不是日期（应为 2026-03-01、2026/3/1 或 Excel 日期）</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 必须是数字</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation>%1 必须在 %2 到 %3 之间</translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation>%1 不能小于 %2</translation>
    </message>
    <message>
        <source>the same id is on line %1</source>
        <translation>第 %1 行有相同的编号</translation>
    </message>
    <message>
        <source>this %1 row was deleted</source>
        <translation>这条 %1 记录已被删除</translation>
    </message>
    <message>
        <source>a duplicate of line %1 (the same %2)</source>
        <translation>与第 %1 行重复（%2 相同）</translation>
    </message>
    <message>
        <source>the existing customer is in %1&apos;s book; you may import only into your own</source>
        <translation>该客户已归属 %1；你只能导入到自己名下</translation>
    </message>
    <message>
        <source>owner is required: the replica has no signed-in rep to own new customers</source>
        <translation>必须填写负责人：本副本没有已登录的销售来负责新客户</translation>
    </message>
    <message>
        <source>you may import only into your own book (or your team&apos;s), not %1&apos;s</source>
        <translation>你只能导入到自己（或本团队）名下，不能导入到 %1 名下</translation>
    </message>
    <message>
        <source>the owner %1 is not in team %2</source>
        <translation>负责人 %1 不在团队 %2 中</translation>
    </message>
    <message>
        <source>the customer is in %1&apos;s book; you may import only into your own</source>
        <translation>该客户归属 %1；你只能导入到自己名下</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>no column is mapped to %1 (required); map one with COLUMN=FIELD</source>
        <translation>没有列对应到 %1（必填）；请用 COLUMN=FIELD 指定一列</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Manufacturing</source>
        <translation>制造业</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>零售</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>医疗</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>建筑</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>五金</translation>
    </message>
    <message>
        <source>Medical devices</source>
        <translation>医疗器械</translation>
    </message>
    <message>
        <source>FMCG</source>
        <translation>快消品</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>在线沟通</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>销售主管</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>销售总监</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>owner decides</source>
        <translation>老板拍板</translation>
    </message>
    <message>
        <source>CTO decides</source>
        <translation>CTO 决策</translation>
    </message>
    <message>
        <source>purchasing committee</source>
        <translation>采购委员会</translation>
    </message>
    <message>
        <source>GM + finance</source>
        <translation>总经理 + 财务</translation>
    </message>
    <message>
        <source>group HQ approval</source>
        <translation>集团总部审批</translation>
    </message>
    <message>
        <source>exploring</source>
        <translation>初步了解</translation>
    </message>
    <message>
        <source>evaluating</source>
        <translation>评估中</translation>
    </message>
    <message>
        <source>budget approved</source>
        <translation>预算已批</translation>
    </message>
    <message>
        <source>ready to buy</source>
        <translation>准备采购</translation>
    </message>
    <message>
        <source>expanding</source>
        <translation>扩大采购</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Budget band</source>
        <translation>预算区间</translation>
    </message>
    <message>
        <source>Decision chain</source>
        <translation>决策链</translation>
    </message>
    <message>
        <source>Demand stage</source>
        <translation>需求阶段</translation>
    </message>
    <message>
        <source>Visit follow-up</source>
        <translation>拜访跟进</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>新人任务</translation>
    </message>
    <message>
        <source>Visit due</source>
        <translation>应拜访</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>回款提醒</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>POC done</source>
        <translation>POC 已完成</translation>
    </message>
    <message>
        <source>IT integration request</source>
        <translation>IT 集成需求</translation>
    </message>
    <message>
        <source>Legal review</source>
        <translation>法务审核</translation>
    </message>
    <message>
        <source>Competitor removed from tender</source>
        <translation>竞品已出局</translation>
    </message>
    <message>
        <source>Public news</source>
        <translation>公开消息</translation>
    </message>
    <message>
        <source>Pain-point interview</source>
        <translation>痛点访谈</translation>
    </message>
    <message>
        <source>Needs confirmation</source>
        <translation>需求确认</translation>
    </message>
    <message>
        <source>Personalised product-match report</source>
        <translation>个性化产品匹配报告</translation>
    </message>
    <message>
        <source>Customised solution</source>
        <translation>定制方案</translation>
    </message>
    <message>
        <source>Solution demo</source>
        <translation>方案演示</translation>
    </message>
    <message>
        <source>POC support</source>
        <translation>POC 支持</translation>
    </message>
    <message>
        <source>Third-party case study</source>
        <translation>第三方案例分享</translation>
    </message>
    <message>
        <source>Cross-department consensus meeting</source>
        <translation>跨部门共识会</translation>
    </message>
    <message>
        <source>Executive visit</source>
        <translation>高层拜访</translation>
    </message>
    <message>
        <source>Customised quote</source>
        <translation>定制报价</translation>
    </message>
    <message>
        <source>Contract negotiation</source>
        <translation>合同谈判</translation>
    </message>
    <message>
        <source>Payment follow-up</source>
        <translation>回款跟进</translation>
    </message>
    <message>
        <source>Service recovery</source>
        <translation>服务补救</translation>
    </message>
    <message>
        <source>Routine follow-up</source>
        <translation>例行回访</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>需求挖掘</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>商务</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>price too high</source>
        <translation>价格过高</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>budget cut</source>
        <translation>预算削减</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>未做决定</translation>
    </message>
    <message>
        <source>timing</source>
        <translation>时机不对</translation>
    </message>
    <message>
        <source>service concerns</source>
        <translation>服务顾虑</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>全组织</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>期间：%1 至 %2</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Tier pinned</source>
        <translation>分类已锁定</translation>
    </message>
    <message>
        <source>Value score</source>
        <translation>价值分</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Trial participation</source>
        <translation>试用参与度</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Decision chain</source>
        <translation>决策链</translation>
    </message>
    <message>
        <source>Demand stage</source>
        <translation>需求阶段</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近拜访</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>拜访记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>拜访方式</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>纪要</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Competitor notes</source>
        <translation>竞品信息</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>Next action due</source>
        <translation>下一步截止时间</translation>
    </message>
    <message>
        <source>No action because</source>
        <translation>无下一步原因</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>洞察</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>In forecast</source>
        <translation>纳入预测</translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation>进入阶段时间</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>丢单原因</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>搜索：%1</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1 类</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Rep: %1</source>
        <translation>销售：%1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>团队：%1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>Generated %1 by %2</source>
        <translation>%2 生成于 %1</translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Opportunity id</source>
        <translation>商机编号</translation>
    </message>
    <message>
        <source>Milestone id</source>
        <translation>回款节点编号</translation>
    </message>
    <message>
        <source>Owner id</source>
        <translation>负责人编号</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Supervisor id</source>
        <translation>主管编号</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Rep id</source>
        <translation>销售编号</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Team id</source>
        <translation>团队编号</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Stage code</source>
        <translation>阶段代码</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>原因代码</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>丢单原因</translation>
    </message>
    <message>
        <source>Lost reason code</source>
        <translation>丢单原因代码</translation>
    </message>
    <message>
        <source>Category code</source>
        <translation>类别代码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机数</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>In stage now</source>
        <translation>当前在此阶段</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>到达</translation>
    </message>
    <message>
        <source>Conversion to next</source>
        <translation>转化到下一阶段</translation>
    </message>
    <message>
        <source>Completed stays</source>
        <translation>已完成停留</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>平均天数</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>中位天数</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <source>Stage entered</source>
        <translation>进入阶段时间</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Idle days</source>
        <translation>停滞天数</translation>
    </message>
    <message>
        <source>Last activity a visit</source>
        <translation>最近活动为拜访</translation>
    </message>
    <message>
        <source>Yellow after days</source>
        <translation>黄灯天数</translation>
    </message>
    <message>
        <source>Red after days</source>
        <translation>红灯天数</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>信号灯</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应完成</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Most missed actions</source>
        <translation>最常缺失的动作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Declined two months in a row</source>
        <translation>连续两个月下降</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Month not over</source>
        <translation>月份未结束</translation>
    </message>
    <message>
        <source>Reps due</source>
        <translation>应覆盖销售</translation>
    </message>
    <message>
        <source>Reps covered</source>
        <translation>已覆盖销售</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Met the target</source>
        <translation>达到目标</translation>
    </message>
    <message>
        <source>Below the target</source>
        <translation>低于目标</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案例数</translation>
    </message>
    <message>
        <source>Slow service</source>
        <translation>服务响应慢</translation>
    </message>
    <message>
        <source>Demo without quote</source>
        <translation>演示后未报价</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>未跟进</translation>
    </message>
    <message>
        <source>No flag</source>
        <translation>无标记</translation>
    </message>
    <message>
        <source>Lost or churned</source>
        <translation>丢单或流失时间</translation>
    </message>
    <message>
        <source>Purchase cycle days</source>
        <translation>采购周期天数</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>平均得分</translation>
    </message>
    <message>
        <source>Below the threshold</source>
        <translation>低于阈值</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Touch</source>
        <translation>接触</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>动作数</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>入职时间</translation>
    </message>
    <message>
        <source>Pain-point interviews</source>
        <translation>痛点访谈</translation>
    </message>
    <message>
        <source>Pain-point interviews target</source>
        <translation>痛点访谈目标</translation>
    </message>
    <message>
        <source>Solution drafts</source>
        <translation>方案草稿</translation>
    </message>
    <message>
        <source>Solution drafts target</source>
        <translation>方案草稿目标</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Backed by evidence</source>
        <translation>有证据支撑</translation>
    </message>
    <message>
        <source>Amount backed by evidence</source>
        <translation>有证据支撑的金额</translation>
    </message>
    <message>
        <source>Fresh evidence</source>
        <translation>新近证据</translation>
    </message>
    <message>
        <source>Forecast amount (90 days)</source>
        <translation>预测金额（90天）</translation>
    </message>
    <message>
        <source>Won amount (90 days)</source>
        <translation>赢单金额（90天）</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>偏差</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Past expected close</source>
        <translation>超过预计成交日</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日</translation>
    </message>
    <message>
        <source>Evidence kinds</source>
        <translation>证据种类</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <source>Days past expected close</source>
        <translation>超过预计成交天数</translation>
    </message>
    <message>
        <source>Similar deals</source>
        <translation>相似商机</translation>
    </message>
    <message>
        <source>Similar deals&apos; mean days</source>
        <translation>相似商机平均天数</translation>
    </message>
    <message>
        <source>Similar deals&apos; spread in days</source>
        <translation>相似商机天数范围</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Under-evidenced</source>
        <translation>证据不足</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Reps with data</source>
        <translation>有数据的销售</translation>
    </message>
    <message>
        <source>Correlation r</source>
        <translation>相关系数 r</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>解读</translation>
    </message>
    <message>
        <source>Closed deals</source>
        <translation>已结束商机</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>拜访次数</translation>
    </message>
    <message>
        <source>Call minutes</source>
        <translation>通话分钟</translation>
    </message>
    <message>
        <source>On-site share</source>
        <translation>现场拜访占比</translation>
    </message>
    <message>
        <source>Needs rate</source>
        <translation>需求确认率</translation>
    </message>
    <message>
        <source>Key-action rate</source>
        <translation>关键动作率</translation>
    </message>
    <message>
        <source>green</source>
        <translation>绿</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>red</source>
        <translation>红</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>lost deal</source>
        <translation>丢单</translation>
    </message>
    <message>
        <source>churned customer</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <source>Stage dwell</source>
        <translation>阶段停留</translation>
    </message>
    <message>
        <source>Process health</source>
        <translation>过程健康度</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Opportunity health</source>
        <translation>商机健康度</translation>
    </message>
    <message>
        <source>Behaviour points</source>
        <translation>行为积分</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Process sandbox</source>
        <translation>过程沙盘</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>丢单原因</translation>
    </message>
    <message>
        <source>Lights by stage</source>
        <translation>各阶段信号灯</translation>
    </message>
    <message>
        <source>Yellow and red opportunities</source>
        <translation>黄灯和红灯商机</translation>
    </message>
    <message>
        <source>Standard actions done by level</source>
        <translation>各层级标准动作完成情况</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Coverage by month</source>
        <translation>按月覆盖率</translation>
    </message>
    <message>
        <source>Organisation coverage against the target</source>
        <translation>全公司覆盖率与目标</translation>
    </message>
    <message>
        <source>Opportunities below the threshold</source>
        <translation>低于阈值的商机</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <source>Points by category</source>
        <translation>按类别积分</translation>
    </message>
    <message>
        <source>New reps</source>
        <translation>新销售</translation>
    </message>
    <message>
        <source>Points by rep and category</source>
        <translation>按销售和类别积分</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>回款节点</translation>
    </message>
    <message>
        <source>Correlation with the win rate</source>
        <translation>与赢单率的相关性</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>销售</translation>
    </message>
</context>
<context>
    <name>Stride::AdminPage</name>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation>主管：</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>新建团队</translation>
    </message>
    <message>
        <source>Save team</source>
        <translation>保存团队</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>英文名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>团队：</translation>
    </message>
    <message>
        <source>E-mail (sign-in):</source>
        <translation>邮箱（登录名）：</translation>
    </message>
    <message>
        <source>Hire date:</source>
        <translation>入职日期：</translation>
    </message>
    <message>
        <source>Active (can sign in and owns customers)</source>
        <translation>在职（可登录并负责客户）</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <source>Save person</source>
        <translation>保存人员</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新建规则</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <source>Who it hits today</source>
        <translation>今天命中的客户</translation>
    </message>
    <message>
        <source>Standard action</source>
        <translation>标准动作</translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation>中文名称：</translation>
    </message>
    <message>
        <source>Due after entering:</source>
        <translation>进入此阶段后到期：</translation>
    </message>
    <message>
        <source>Fulfilled by logging:</source>
        <translation>完成方式（记录的行为）：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <source>Active (counts in the coverage KPI)</source>
        <translation>启用（计入覆盖率 KPI）</translation>
    </message>
    <message>
        <source>New standard action</source>
        <translation>新建标准动作</translation>
    </message>
    <message>
        <source>Save standard action</source>
        <translation>保存标准动作</translation>
    </message>
    <message>
        <source>Behaviour type</source>
        <translation>行为类型</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>积分：</translation>
    </message>
    <message>
        <source>New behaviour type</source>
        <translation>新建行为类型</translation>
    </message>
    <message>
        <source>Save behaviour type</source>
        <translation>保存行为类型</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>保存策略</translation>
    </message>
    <message>
        <source>Last changed on %1.</source>
        <translation>最近修改于 %1。</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Only an administrator can change the organisation&apos;s policies.</source>
        <translation>只有管理员可以修改组织策略。</translation>
    </message>
    <message>
        <source>Could not read the organisation: %1</source>
        <translation>无法读取组织数据：%1</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>（无团队）</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2.</source>
        <translation>最近由 %1 于 %2 修改。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Rule “%1” cannot be edited here: %2</source>
        <translation>规则“%1”无法在此编辑：%2</translation>
    </message>
    <message>
        <source>Team not saved: %1</source>
        <translation>团队未保存：%1</translation>
    </message>
    <message>
        <source>Team “%1” saved; every replica gets it at its next sync.</source>
        <translation>团队“%1”已保存；各副本将在下次同步时收到。</translation>
    </message>
    <message>
        <source>Person not saved: %1</source>
        <translation>人员未保存：%1</translation>
    </message>
    <message>
        <source>%1 saved; every replica gets the change at its next sync.</source>
        <translation>%1 已保存；各副本将在下次同步时收到此修改。</translation>
    </message>
    <message>
        <source>Rule not saved: %1</source>
        <translation>规则未保存：%1</translation>
    </message>
    <message>
        <source>Rule “%1” saved; every replica applies it from its next sync.</source>
        <translation>规则“%1”已保存；各副本从下次同步起执行。</translation>
    </message>
    <message>
        <source>Rule not changed: %1</source>
        <translation>规则未修改：%1</translation>
    </message>
    <message>
        <source>Rule “%1” disabled.</source>
        <translation>规则“%1”已停用。</translation>
    </message>
    <message>
        <source>Rule “%1” enabled.</source>
        <translation>规则“%1”已启用。</translation>
    </message>
    <message>
        <source>Standard action not saved: %1</source>
        <translation>标准动作未保存：%1</translation>
    </message>
    <message>
        <source>Standard action “%1” saved; every replica gets it at its next sync.</source>
        <translation>标准动作“%1”已保存；各副本将在下次同步时收到。</translation>
    </message>
    <message>
        <source>Behaviour type not saved: %1</source>
        <translation>行为类型未保存：%1</translation>
    </message>
    <message>
        <source>Behaviour type “%1” saved; every replica gets it at its next sync.</source>
        <translation>行为类型“%1”已保存；各副本将在下次同步时收到。</translation>
    </message>
    <message>
        <source>Policy not saved: %1</source>
        <translation>策略未保存：%1</translation>
    </message>
    <message>
        <source>Policy saved; every replica applies it from its next sync.</source>
        <translation>策略已保存；各副本从下次同步起执行。</translation>
    </message>
    <message>
        <source>Cannot preview: %1</source>
        <translation>无法预览：%1</translation>
    </message>
    <message>
        <source>Looking for the customers this rule hits…</source>
        <translation>正在查找此规则命中的客户…</translation>
    </message>
    <message>
        <source>No customer matches today.</source>
        <translation>今天没有命中的客户。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match today; the first %1 are listed.</source>
        <translation>
            <numerusform>今天命中 %n 家客户；下面列出前 %1 家。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match today.</source>
        <translation>
            <numerusform>今天命中 %n 家客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Standard actions</source>
        <translation>标准动作</translation>
    </message>
    <message>
        <source>Behaviour points</source>
        <translation>行为积分</translation>
    </message>
    <message>
        <source>(not stage-triggered)</source>
        <translation>（不由阶段触发）</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Organisation policy</source>
        <translation>组织策略</translation>
    </message>
</context>
<context>
    <name>Stride::AnalyticsFilterBar</name>
    <message>
        <source>All teams</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>全部销售</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>团队(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Rep:</source>
        <translation>销售(&amp;R)：</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>近 3 个月</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>近 6 个月</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
</context>
<context>
    <name>Stride::BehaviourTypeTableModel</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
</context>
<context>
    <name>Stride::BriefingCard</name>
    <message>
        <source>score %1</source>
        <translation>价值分 %1</translation>
    </message>
    <message>
        <source>no orders yet</source>
        <translation>尚无采购记录</translation>
    </message>
    <message>
        <source>one order so far, on %1</source>
        <translation>目前仅一次采购，在 %1</translation>
    </message>
    <message>
        <source>every %1 days on average; last order %2; next expected %3</source>
        <translation>平均每 %1 天采购一次；上次采购 %2；预计下次 %3</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Purchase cycle:</source>
        <translation>采购周期：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>first response after %1 h</source>
        <translation>%1 小时后首次响应</translation>
    </message>
    <message>
        <source>no response yet</source>
        <translation>尚未响应</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>仍未关闭</translation>
    </message>
    <message>
        <source>Latest service issue:</source>
        <translation>最近服务问题：</translation>
    </message>
    <message>
        <source>Competitor notes:</source>
        <translation>竞品动态：</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>本阶段已 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Open opportunities:</source>
        <translation>进行中的商机：</translation>
    </message>
    <message>
        <source>Briefing for %1</source>
        <translation>%1 的晨会简报</translation>
    </message>
</context>
<context>
    <name>Stride::ChangePasswordDialog</name>
    <message>
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message numerus="yes">
        <source>The new password is too short: it needs at least %n characters.</source>
        <translation>
            <numerusform>新密码太短：至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passwords do not match.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>新密码与当前密码相同。</translation>
    </message>
    <message>
        <source>Changing the password on the server…</source>
        <translation>正在服务器上修改密码…</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The server refused the new password.</source>
        <translation>服务器拒绝了新密码。</translation>
    </message>
    <message>
        <source>The server refused the new password: %1</source>
        <translation>服务器拒绝了新密码：%1</translation>
    </message>
    <message>
        <source>The server cannot be reached; the password was not changed. Try again when you are online.</source>
        <translation>无法连接服务器，密码未修改。请在联网后重试。</translation>
    </message>
    <message>
        <source>You are signed out; sign in again, then change the password.</source>
        <translation>您已退出登录；请重新登录后再修改密码。</translation>
    </message>
    <message>
        <source>Changing the password is not available for this profile.</source>
        <translation>此配置不支持修改密码。</translation>
    </message>
    <message>
        <source>The password was not changed.</source>
        <translation>密码未修改。</translation>
    </message>
    <message>
        <source>The password was not changed: %1</source>
        <translation>密码未修改：%1</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>再次输入新密码(&amp;R)：</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stride::ChartWidget</name>
    <message>
        <source>Copy as image</source>
        <translation>复制为图片</translation>
    </message>
    <message>
        <source>Copy this chart to the clipboard as an image</source>
        <translation>将此图表作为图片复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>Stride::ChecklistModel</name>
    <message>
        <source>score %1</source>
        <translation>价值分 %1</translation>
    </message>
    <message numerus="yes">
        <source>order overdue %n day(s)</source>
        <translation>
            <numerusform>采购逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open escalation(s)</source>
        <translation>
            <numerusform>%n 个未处理升级</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stride::ConflictModel</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Your value (lost)</source>
        <translation>你的值（未采用）</translation>
    </message>
    <message>
        <source>Server value (kept)</source>
        <translation>服务器的值（已采用）</translation>
    </message>
</context>
<context>
    <name>Stride::CustomerDetailView</name>
    <message>
        <source>Customer not found</source>
        <translation>找不到该客户</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>预算 %1</translation>
    </message>
    <message>
        <source>No value score yet.</source>
        <translation>尚未计算价值分。</translation>
    </message>
    <message>
        <source>competitor: %1</source>
        <translation>竞品：%1</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>实战心得</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>← Back to the list</source>
        <translation>← 返回列表</translation>
    </message>
    <message>
        <source>Back to the customer list (Esc)</source>
        <translation>返回客户列表（Esc）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation>记录拜访</translation>
    </message>
    <message>
        <source>Value score</source>
        <translation>价值分</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Role in decision chain</source>
        <translation>决策链角色</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>New opportunity…</source>
        <translation>新建商机…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (score&apos;s tier %2) = 0.4 × P %3 + 0.3 × S %4 + 0.3 × T %5 &amp;nbsp;&amp;nbsp; P: purchases of the last 3 months %6, as a percentile in the organisation; S: service satisfaction; T: new-product trial participation</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（价值分对应 %2 类）= 0.4 × P %3 + 0.3 × S %4 + 0.3 × T %5 &amp;nbsp;&amp;nbsp; P：近 3 个月采购额 %6 在全公司的百分位；S：服务满意度；T：新品试用参与度</translation>
    </message>
</context>
<context>
    <name>Stride::CustomerEditDialog</name>
    <message>
        <source>The customer needs a name.</source>
        <translation>客户名称不能为空。</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s industry.</source>
        <translation>请选择客户所属行业。</translation>
    </message>
    <message>
        <source>The customer was not saved: %1</source>
        <translation>客户未保存：%1</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>英文名称：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>规模：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Budget band:</source>
        <translation>预算区间(&amp;B)：</translation>
    </message>
    <message>
        <source>Decision &amp;chain:</source>
        <translation>决策链(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Demand stage:</source>
        <translation>需求阶段(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation>满意度(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Trial participation:</source>
        <translation>新品试用参与度(&amp;T)：</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s owner.</source>
        <translation>请选择客户的负责人。</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <translation>分级(&amp;I)：</translation>
    </message>
    <message>
        <source>Automatic (from score)</source>
        <translation>自动（按价值分）</translation>
    </message>
    <message>
        <source>Automatic: the tier follows the value score. A, B or C pins it by hand.</source>
        <translation>自动：分级随价值分变化。选择 A、B 或 C 则手动锁定。</translation>
    </message>
    <message>
        <source>Only an admin or a supervisor may pin a tier by hand.</source>
        <translation>只有管理员或主管可以手动锁定分级。</translation>
    </message>
</context>
<context>
    <name>Stride::CustomerListModel</name>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Value score</source>
        <translation>价值分</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近拜访</translation>
    </message>
</context>
<context>
    <name>Stride::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>共 %n 家客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Search customers, contacts, visit notes… (Ctrl+F)</source>
        <translation>搜索客户、联系人、拜访记录…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1 类</translation>
    </message>
    <message>
        <source>Filter by tier</source>
        <translation>按分类筛选</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>Filter by industry</source>
        <translation>按行业筛选</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>Filter by region</source>
        <translation>按区域筛选</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>My customers</source>
        <translation>我的客户</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>按负责人筛选</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Create a customer (%1)</source>
        <translation>新建客户（%1）</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>客户列表</translation>
    </message>
    <message numerus="yes">
        <source>%n+ customer(s), counting…</source>
        <translation>
            <numerusform>至少 %n 家客户，正在计数…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stride::DashboardPage</name>
    <message>
        <source>Dashboards</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
</context>
<context>
    <name>Stride::DashboardView</name>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>无法计算指标：%1</translation>
    </message>
    <message>
        <source>Reached the stage</source>
        <translation>已到达该阶段</translation>
    </message>
    <message>
        <source>In the stage now</source>
        <translation>当前处于该阶段</translation>
    </message>
    <message>
        <source>No opportunity was created in this period and scope.</source>
        <translation>此期间和范围内没有创建商机。</translation>
    </message>
    <message>
        <source>Opportunities (count)</source>
        <translation>商机（个）</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(ies): %1 won, %2 lost, win rate %3.</source>
        <translation>
            <numerusform>%n 个商机：赢单 %1，输单 %2，赢率 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversion: %1.</source>
        <translation>转化率：%1。</translation>
    </message>
    <message>
        <source>Top lost reasons: %1.</source>
        <translation>主要输单原因：%1。</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>No completed stage stays in this period and scope.</source>
        <translation>此期间和范围内没有已完成的阶段停留。</translation>
    </message>
    <message>
        <source>Days in stage (days)</source>
        <translation>阶段停留（天）</translation>
    </message>
    <message>
        <source>Selected scope</source>
        <translation>所选范围</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>全组织</translation>
    </message>
    <message>
        <source>No standard action was due in this period.</source>
        <translation>此期间没有到期的标准动作。</translation>
    </message>
    <message>
        <source>Coverage (% of reps due)</source>
        <translation>覆盖率（到期销售的百分比）</translation>
    </message>
    <message>
        <source>Target %1 %</source>
        <translation>目标 %1 %</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No rep in this scope.</source>
        <translation>此范围内没有销售。</translation>
    </message>
    <message>
        <source>Behaviour points (pts)</source>
        <translation>行为积分（分）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金额（¥）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>due within 15 days</source>
        <translation>15 天内到期</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Days in stage (completed stays)</source>
        <translation>阶段停留天数（已完成的停留）</translation>
    </message>
    <message>
        <source>Standard-action coverage by month</source>
        <translation>各月标准动作覆盖率</translation>
    </message>
    <message>
        <source>Behaviour points leaderboard by category</source>
        <translation>按类别的行为积分排行榜</translation>
    </message>
    <message>
        <source>Process-health lights</source>
        <translation>流程健康灯</translation>
    </message>
    <message>
        <source>Forecast board</source>
        <translation>预测看板</translation>
    </message>
    <message>
        <source>Payment countdown</source>
        <translation>回款倒计时</translation>
    </message>
    <message>
        <source>Updating the figures…</source>
        <translation>正在更新指标…</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>正在计算指标…</translation>
    </message>
    <message>
        <source>Payments: %1 overdue (%2), %3 due within 15 days (%4). Computed in %5 ms.</source>
        <translation>回款：%1 笔已逾期（%2），%3 笔 15 天内到期（%4）。耗时 %5 毫秒。</translation>
    </message>
    <message>
        <source>Some figures failed: %1</source>
        <translation>部分指标计算失败：%1</translation>
    </message>
    <message>
        <source>%1 (partial)</source>
        <translation>%1（进行中）</translation>
    </message>
    <message>
        <source>Below the %1 % target</source>
        <translation>低于 %1 % 目标</translation>
    </message>
    <message>
        <source>%1 below the %2 % target in: %3.</source>
        <translation>%1 低于 %2 % 目标的月份：%3。</translation>
    </message>
    <message>
        <source>%1 met the %2 % target in every month with data.</source>
        <translation>%1 在每个有数据的月份都达到了 %2 % 目标。</translation>
    </message>
    <message>
        <source>%1 is still running: its coverage is partial and does not count for the alert.</source>
        <translation>%1 尚未结束：其覆盖率只是部分数据，不计入预警。</translation>
    </message>
    <message>
        <source>Coverage fell two complete months in a row (%1): this predicts a revenue dip next quarter.</source>
        <translation>覆盖率连续两个完整月份下降（%1）：预示下季度收入下滑。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Dashed lines: the benchmarks the server computed over every rep (%1).</source>
        <translation>虚线：服务器基于全部销售计算的基准（%1）。</translation>
    </message>
    <message>
        <source>Leaderboard: %1</source>
        <translation>排行榜：%1</translation>
    </message>
    <message numerus="yes">
        <source>win rate %1, %2 to win on average (%n deal(s))</source>
        <translation>
            <numerusform>赢单率 %1，平均 %2 赢单（%n 个商机）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No team or organisation benchmark on this laptop yet — sync to compare with them.</source>
        <translation>本机尚无团队或全组织基准 — 同步后即可与之比较。</translation>
    </message>
    <message>
        <source>Compared with (deals created in the last 180 days):</source>
        <translation>对比基准（近 180 天新建的商机）：</translation>
    </message>
    <message>
        <source>Export forecast and payments…</source>
        <translation>导出预测与回款…</translation>
    </message>
    <message>
        <source>Save the forecast board and the payment countdown as an Excel workbook</source>
        <translation>将预测看板和回款倒计时保存为 Excel 工作簿</translation>
    </message>
</context>
<context>
    <name>Stride::ExportFlow</name>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Save what this page shows as an Excel workbook</source>
        <translation>将本页显示的内容保存为 Excel 工作簿</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>全组织</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>The workbook was saved as %1.</source>
        <translation>工作簿已保存为 %1。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>Stride::FirstRunDialog</name>
    <message>
        <source>Certificate authority</source>
        <translation>证书颁发机构</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>请输入服务器地址。</translation>
    </message>
    <message>
        <source>The server address must start with https:// and name a host.</source>
        <translation>服务器地址必须以 https:// 开头并包含主机名。</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation>无法读取证书文件 %1。</translation>
    </message>
    <message>
        <source>The fingerprint must be a SHA-256 of 64 hexadecimal digits.</source>
        <translation>指纹必须是 64 位十六进制的 SHA-256。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Welcome to Stride</source>
        <translation>欢迎使用 Stride</translation>
    </message>
    <message>
        <source>Stride keeps your customers, visits and deals on this computer and works without a network. How do you want to start?</source>
        <translation>Stride 把你的客户、拜访和商机保存在本机，没有网络也能使用。你想如何开始？</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>用演示数据试用</translation>
    </message>
    <message>
        <source>A demo organisation with customers, visits and deals. Nothing is sent anywhere.</source>
        <translation>一个包含客户、拜访和商机的演示公司，不会向外发送任何数据。</translation>
    </message>
    <message>
        <source>Connect to my company&apos;s server</source>
        <translation>连接公司服务器</translation>
    </message>
    <message>
        <source>Sign in to your organisation&apos;s Stride server.</source>
        <translation>登录你所在公司的 Stride 服务器。</translation>
    </message>
    <message>
        <source>Act as:</source>
        <translation>身份：</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>销售主管</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>销售总监</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Private &amp;CA file:</source>
        <translation>私有 CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint:</source>
        <translation>证书指纹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Demo role</source>
        <translation>演示身份</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Private CA file</source>
        <translation>私有 CA 文件</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>证书指纹</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>Stride::ForecastBoardView</name>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message numerus="yes">
        <source>%n forecast deal(s) worth %1. Backed by ≥ 2 evidence signals: %2 of deals (%3 of the amount); evidence fresh within 72 h: %4. Rolling 90-day accuracy: %5 (won %6 of %7 forecast).</source>
        <translation>
            <numerusform>%n 个预测商机，金额 %1。有 ≥ 2 条证据信号支撑：商机的 %2（金额的 %3）；72 小时内更新的证据：%4。滚动 90 天准确率：%5（预测 %7 个中赢单 %6 个）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金额（¥）</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>Similar deals: days to sign</source>
        <translation>相似商机：签约天数</translation>
    </message>
    <message>
        <source>no similar deals</source>
        <translation>没有相似商机</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <source>backed</source>
        <translation>有证据</translation>
    </message>
    <message>
        <source>Forecast deals</source>
        <translation>预测商机</translation>
    </message>
    <message>
        <source>The forecast missed by %1 (more than 25 %): root causes</source>
        <translation>预测偏差 %1（超过 25 %）：根本原因</translation>
    </message>
    <message>
        <source>Forecast within 25 % of the outcome: no root-cause list.</source>
        <translation>预测与结果偏差在 25 % 以内：无根本原因列表。</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>slipped</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>fewer than 2 signals</source>
        <translation>信号少于 2 条</translation>
    </message>
    <message numerus="yes">
        <source>%n similar deal(s): %1 days</source>
        <translation>
            <numerusform>%n 个相似商机：%1 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ± %2 days (%n similar deal(s))</source>
        <translation>
            <numerusform>%1 ± %2 天（%n 个相似商机）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (past by %n day(s))</source>
        <translation>
            <numerusform>%1（已过 %n 天）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) still open past their expected close date.</source>
        <translation>
            <numerusform>%n 个商机已过预计成交日期但仍未关闭。</numerusform>
        </translation>
    </message>
    <message>
        <source>The expected close date has passed while the deal is still open: update the date or the stage.</source>
        <translation>预计成交日期已过而商机仍未关闭：请更新日期或阶段。</translation>
    </message>
    <message>
        <source>A spread needs at least %1 similar deals.</source>
        <translation>至少需要 %1 个相似商机才能给出波动范围。</translation>
    </message>
    <message>
        <source>Similar-deal cycles: %1</source>
        <translation>同类成交周期：%1</translation>
    </message>
</context>
<context>
    <name>Stride::HealthLightGrid</name>
    <message>
        <source>Organisation</source>
        <translation>全组织</translation>
    </message>
    <message>
        <source>%1: no key action was due in this period.</source>
        <translation>%1：此期间没有到期的关键动作。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 key actions done in time (%4 %).</source>
        <translation>%1：%3 个关键动作中按时完成 %2 个（%4 %）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 — missed %n time(s)</source>
        <translation>
            <numerusform>%1 — 遗漏 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Key-action completion: green above 90 %, yellow 70–90 %, red below 70 %, grey: nothing due. Choose a red light to see its top missing actions.</source>
        <translation>关键动作完成率：高于 90 % 为绿色，70–90 % 为黄色，低于 70 % 为红色，灰色表示无到期动作。点选红灯可查看其最主要的遗漏动作。</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1, process health %2</source>
        <translation>%1，流程健康 %2</translation>
    </message>
    <message>
        <source>Top missing actions</source>
        <translation>最主要的遗漏动作</translation>
    </message>
</context>
<context>
    <name>Stride::ImportWizard</name>
    <message>
        <source>Choose a file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>CSV files and Excel workbooks (*.csv *.txt *.xlsx);;CSV files (*.csv *.txt);;Excel workbooks (*.xlsx)</source>
        <translation>CSV 文件和 Excel 工作簿 (*.csv *.txt *.xlsx);;CSV 文件 (*.csv *.txt);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The rows could not be checked: %1</source>
        <translation>无法检查数据行：%1</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>无法导入此文件：%1</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with %1 columns.</source>
        <translation>
            <numerusform>共 %n 行，%1 列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet: %1.</source>
        <translation>工作表：%1。</translation>
    </message>
    <message>
        <source>Encoding: %1.</source>
        <translation>编码：%1。</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>文件只有表头，没有数据行。</translation>
    </message>
    <message>
        <source>Choose a CSV file or an Excel workbook (.xlsx).</source>
        <translation>请选择 CSV 文件或 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Choose a column for each required field: %1.</source>
        <translation>请为每个必填字段选择一列：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) as they will be stored. Rejected rows are tinted; hover over them for the reason.</source>
        <translation>
            <numerusform>前 %n 行按保存后的样子显示。被拒绝的行带底色，鼠标悬停可查看原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>文件中没有可导入的行。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The first %1 of %2 problems are listed; the saved report has them all.</source>
        <translation>仅列出 %2 个问题中的前 %1 个；保存的报告包含全部问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked: %1 new, %2 to update, %3 unchanged, %4 rejected.</source>
        <translation>
            <numerusform>已检查 %n 行：新建 %1，更新 %2，无变化 %3，拒绝 %4。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows are left out; the other rows are imported.</source>
        <translation>被拒绝的行不会导入，其余行将被导入。</translation>
    </message>
    <message>
        <source>Writing the rows…</source>
        <translation>正在写入数据…</translation>
    </message>
    <message>
        <source>Checking the rows again…</source>
        <translation>正在重新检查数据行…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>导入已取消：未写入任何数据。</translation>
    </message>
    <message>
        <source>The import failed, nothing was written: %1</source>
        <translation>导入失败，未写入任何数据：%1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) are invalid, and the import was to happen only if every row is valid.</source>
        <translation>
            <numerusform>未导入任何数据：有 %n 行无效，而本次导入要求所有行都有效。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 rejected. The rows are sent with the next sync.</source>
        <translation>已导入：新建 %1，更新 %2，无变化 %3，拒绝 %4。这些数据将在下次同步时发送。</translation>
    </message>
    <message>
        <source>%1 import report</source>
        <translation>%1 导入报告</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>保存导入报告</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>无法保存报告：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Decision chain</source>
        <translation>决策链</translation>
    </message>
    <message>
        <source>Demand stage</source>
        <translation>需求阶段</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Satisfaction (0–100)</source>
        <translation>满意度（0–100）</translation>
    </message>
    <message>
        <source>Trial participation (0–100)</source>
        <translation>试用参与度（0–100）</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>成为客户日期</translation>
    </message>
    <message>
        <source>Stride id</source>
        <translation>Stride 编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer address</source>
        <translation>客户地址</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Role in the decision</source>
        <translation>决策角色</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GB18030 / GBK (Chinese Excel)</source>
        <translation>GB18030 / GBK（中文版 Excel）</translation>
    </message>
    <message>
        <source> + </source>
        <translation> + </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Customers, contacts or orders from a CSV file or an Excel workbook. Nothing is written before the last step.</source>
        <translation>从 CSV 文件或 Excel 工作簿导入客户、联系人或订单。最后一步之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <source>Choose the field each column of the file fills. Columns set to “Ignore” are left out.</source>
        <translation>为文件的每一列选择对应字段。设为“忽略”的列不会导入。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Every row is checked; the first rows are shown as they will be stored.</source>
        <translation>已检查每一行；下面按保存后的样子显示前几行。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>What the import will do, and the rows that cannot be imported.</source>
        <translation>导入将进行的操作，以及无法导入的行。</translation>
    </message>
    <message>
        <source>The rows are written in one step: all of them, or none if cancelled.</source>
        <translation>数据一次性写入：全部写入，或在取消时全部不写入。</translation>
    </message>
    <message>
        <source>A header row names the columns; the next step matches them to Stride&apos;s fields.</source>
        <translation>文件的表头行为各列命名；下一步将它们与 Stride 的字段匹配。</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>导入：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>The rows go into your own book: customers become yours, and rows of other reps&apos; customers are rejected.</source>
        <translation>数据将导入到你自己的客户名下：客户归你负责，属于其他销售代表客户的行会被拒绝。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>The same record when these match:</source>
        <translation>以下字段相同时视为同一记录：</translation>
    </message>
    <message>
        <source>Fields marked * are required. A row whose key matches an existing record updates it.</source>
        <translation>标 * 的字段为必填。与现有记录匹配的行将更新该记录。</translation>
    </message>
    <message>
        <source>Import only if every row is valid</source>
        <translation>仅在所有行都有效时导入</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
</context>
<context>
    <name>Stride::KnowledgePage</name>
    <message>
        <source>“%1”
%2 — %3, %4 · %5</source>
        <translation>“%1”
%2 — %3，%4 · %5</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Approval process</source>
        <translation>审批流程</translation>
    </message>
    <message>
        <source>Technical fit</source>
        <translation>技术匹配</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>时机</translation>
    </message>
    <message>
        <source>Could not read the insights: %1</source>
        <translation>无法读取洞察：%1</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>No approved insight matches.</source>
        <translation>没有匹配的已批准洞察。</translation>
    </message>
    <message>
        <source>Only a supervisor, director or admin approves insights.</source>
        <translation>只有主管、总监或管理员可以审批洞察。</translation>
    </message>
    <message>
        <source>Select the insights to review first.</source>
        <translation>请先选择要审批的洞察。</translation>
    </message>
    <message>
        <source>Could not review the insight: %1</source>
        <translation>无法审批该洞察：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n insight(s) approved into the knowledge base.</source>
        <translation>
            <numerusform>已将 %n 条洞察批准入知识库。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n insight(s) rejected.</source>
        <translation>
            <numerusform>已驳回 %n 条洞察。</numerusform>
        </translation>
    </message>
    <message>
        <source>Insights awaiting approval</source>
        <translation>待审批的洞察</translation>
    </message>
    <message>
        <source>One-line insights written by the team with their visits. Approve the useful ones into the knowledge base; reject the rest.</source>
        <translation>团队在拜访中写下的一句话洞察。把有用的批准入知识库，其余驳回。</translation>
    </message>
    <message>
        <source>Your insights that wait for your supervisor&apos;s approval.</source>
        <translation>你的洞察，等待主管审批。</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>驳回(&amp;J)</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Search approved insights…</source>
        <translation>搜索已批准的洞察…</translation>
    </message>
    <message>
        <source>Search approved insights</source>
        <translation>搜索已批准的洞察</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Objection:</source>
        <translation>异议(&amp;O)：</translation>
    </message>
    <message>
        <source>Any industry</source>
        <translation>任意行业</translation>
    </message>
    <message>
        <source>Any objection</source>
        <translation>任意异议</translation>
    </message>
    <message>
        <source>Approved insights</source>
        <translation>已批准的洞察</translation>
    </message>
</context>
<context>
    <name>Stride::Launcher</name>
    <message>
        <source>Stride</source>
        <translation>Stride</translation>
    </message>
    <message>
        <source>Cannot remember the demo profile: %1</source>
        <translation>无法保存演示配置：%1</translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的已保存配置。</translation>
    </message>
    <message>
        <source>Cannot remember the profile: %1</source>
        <translation>无法保存配置：%1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Opening progress</source>
        <translation>打开进度</translation>
    </message>
    <message>
        <source>Creating the demo organisation…</source>
        <translation>正在创建演示公司…</translation>
    </message>
    <message>
        <source>Computing customer value scores…</source>
        <translation>正在计算客户价值分…</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
</context>
<context>
    <name>Stride::LogVisitDialog</name>
    <message>
        <source>(no contact)</source>
        <translation>（无联系人）</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>contact and title</source>
        <translation>联系人及职务</translation>
    </message>
    <message>
        <source>Prefilled from the last record: %1. Edit to override.</source>
        <translation>已按上次记录预填：%1。修改即可覆盖。</translation>
    </message>
    <message>
        <source>Choose the customer you visited.</source>
        <translation>请选择拜访的客户。</translation>
    </message>
    <message>
        <source>Write a short summary of the visit.</source>
        <translation>请简要填写拜访纪要。</translation>
    </message>
    <message>
        <source>Give the reason why there is no next action.</source>
        <translation>请填写没有下一步行动的原因。</translation>
    </message>
    <message>
        <source>Every visit ends with a next action and its due date, or a reason for none.</source>
        <translation>每次拜访都要填写下一步行动及截止日期，或说明没有的原因。</translation>
    </message>
    <message>
        <source>The next action is due before the visit.</source>
        <translation>下一步行动的截止日期早于拜访时间。</translation>
    </message>
    <message>
        <source>The visit was not saved: %1</source>
        <translation>拜访未保存：%1</translation>
    </message>
    <message>
        <source>Log a visit</source>
        <translation>记录拜访</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>纪要(&amp;S)：</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>结果(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Behaviour:</source>
        <translation>行为类型(&amp;B)：</translation>
    </message>
    <message>
        <source>Co&amp;mpetitor note:</source>
        <translation>竞品动态(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Insight:</source>
        <translation>实战心得(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Next action:</source>
        <translation>下一步行动(&amp;N)：</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Visit time</source>
        <translation>拜访时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>拜访方式</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>纪要</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Behaviour type</source>
        <translation>行为类型</translation>
    </message>
    <message>
        <source>Competitor note</source>
        <translation>竞品动态</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>实战心得</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>Type a customer name…</source>
        <translation>输入客户名称…</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>在线沟通</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>What happened, in a sentence or two</source>
        <translation>一两句话说明拜访情况</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Creates a follow-up task within 72 hours</source>
        <translation>将生成一个 72 小时内完成的跟进待办</translation>
    </message>
    <message>
        <source>One-line field insight for the team (awaits approval)</source>
        <translation>一句话实战心得（待主管审批）</translation>
    </message>
    <message>
        <source>e.g. send the product-match report</source>
        <translation>例如：发送产品匹配报告</translation>
    </message>
    <message>
        <source>Next action due date</source>
        <translation>下一步行动截止日期</translation>
    </message>
    <message>
        <source>No next action, because:</source>
        <translation>没有下一步行动，原因：</translation>
    </message>
    <message>
        <source>Reason for no next action</source>
        <translation>没有下一步行动的原因</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 (+%2 points)</source>
        <translation>%1（+%2 分）</translation>
    </message>
</context>
<context>
    <name>Stride::MainWindow</name>
    <message>
        <source>Switch role</source>
        <translation>切换身份</translation>
    </message>
    <message>
        <source>Could not switch role: %1</source>
        <translation>无法切换身份：%1</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>销售主管</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>销售总监</translation>
    </message>
    <message>
        <source>Visit saved; it will be sent with the next sync.</source>
        <translation>拜访已保存，将在下次同步时上传。</translation>
    </message>
    <message>
        <source>no user yet</source>
        <translation>尚无用户</translation>
    </message>
    <message>
        <source>Stride — %1 — %2</source>
        <translation>Stride — %1 — %2</translation>
    </message>
    <message>
        <source>Main actions</source>
        <translation>主要操作</translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation>记录拜访</translation>
    </message>
    <message>
        <source>Log a visit (%1)</source>
        <translation>记录拜访（%1）</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>当前用户：%1</translation>
    </message>
    <message>
        <source>Act as:</source>
        <translation>身份：</translation>
    </message>
    <message>
        <source>Act as role</source>
        <translation>切换身份</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Demo data as of %1</source>
        <translation>演示数据截至 %1</translation>
    </message>
    <message>
        <source>This demo organisation&apos;s history ends on %1, so its figures are read as of that day rather than today&apos;s date.</source>
        <translation>此演示组织的历史数据截止于 %1，因此各项数字按当天而非今天的日期计算。</translation>
    </message>
    <message>
        <source>Import finished; the rows will be sent with the next sync.</source>
        <translation>导入完成，这些数据将在下次同步时发送。</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Save what the current page shows as an Excel workbook (%1)</source>
        <translation>将当前页面显示的内容保存为 Excel 工作簿（%1）</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import customers, contacts or orders from a CSV file or an Excel workbook (%1)</source>
        <translation>从 CSV 文件或 Excel 工作簿导入客户、联系人或订单（%1）</translation>
    </message>
</context>
<context>
    <name>Stride::NewOpportunityDialog</name>
    <message>
        <source>Choose the customer.</source>
        <translation>请选择客户。</translation>
    </message>
    <message>
        <source>The opportunity needs a title.</source>
        <translation>商机需要标题。</translation>
    </message>
    <message>
        <source>Fill the required lead fields: %1.</source>
        <translation>请填写线索必填字段：%1。</translation>
    </message>
    <message>
        <source>The opportunity was not saved: %1</source>
        <translation>商机未保存：%1</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>预计成交(&amp;E)：</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Budget band:</source>
        <translation>预算区间(&amp;B)：</translation>
    </message>
    <message>
        <source>Decision c&amp;hain:</source>
        <translation>决策链(&amp;H)：</translation>
    </message>
    <message>
        <source>De&amp;mand stage:</source>
        <translation>需求阶段(&amp;M)：</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Type a name to find the customer</source>
        <translation>输入名称查找客户</translation>
    </message>
    <message>
        <source>%1 — every opportunity starts here</source>
        <translation>%1 — 每个商机都从这里开始</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>（必填）</translation>
    </message>
    <message>
        <source>Automatic tag: (fill the lead fields)</source>
        <translation>自动标签：（请填写线索必填字段）</translation>
    </message>
    <message>
        <source>Automatic tag: %1</source>
        <translation>自动标签：%1</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>（选填）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>The amount is ¥0. Enter the deal&apos;s expected amount, or press Save again to keep ¥0.</source>
        <translation>金额为 ¥0。请填写商机的预计金额，或再次点击“保存”以保留 ¥0。</translation>
    </message>
    <message>
        <source>%1 is far below the budget band %2. Check the amount, or press Save again to keep it.</source>
        <translation>%1 远低于预算区间 %2。请核对金额，或再次点击“保存”以保留。</translation>
    </message>
    <message>
        <source>%1 is far above the budget band %2. Check the amount, or press Save again to keep it.</source>
        <translation>%1 远高于预算区间 %2。请核对金额，或再次点击“保存”以保留。</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
</context>
<context>
    <name>Stride::OpportunityPanel</name>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Select an opportunity</source>
        <translation>请选择一个商机</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>expected close %1</source>
        <translation>预计成交 %1</translation>
    </message>
    <message>
        <source>lost: %1</source>
        <translation>输单原因：%1</translation>
    </message>
    <message>
        <source>Automatic tag: (fill the lead fields)</source>
        <translation>自动标签：（请填写线索必填字段）</translation>
    </message>
    <message>
        <source>Automatic tag: %1</source>
        <translation>自动标签：%1</translation>
    </message>
    <message>
        <source>High risk: a forecast deal needs at least two evidence signals.</source>
        <translation>高风险：纳入预测的商机至少需要两个预测信号。</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>已于 %1 回款</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>due within 15 days</source>
        <translation>15 天内到期</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Fill the required lead fields: %1.</source>
        <translation>请填写线索必填字段：%1。</translation>
    </message>
    <message>
        <source>Lead fields saved. Automatic tag: %1</source>
        <translation>线索字段已保存。自动标签：%1</translation>
    </message>
    <message>
        <source>Cannot move to %1: fill the required lead fields first: %2.</source>
        <translation>无法推进到“%1”：请先填写线索必填字段：%2。</translation>
    </message>
    <message>
        <source>A lost deal needs a reason.</source>
        <translation>输单必须填写原因。</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>未推进：%1</translation>
    </message>
    <message>
        <source>Moved to %1. Automatic tag: %2</source>
        <translation>已推进到“%1”。自动标签：%2</translation>
    </message>
    <message>
        <source>A payment milestone needs an amount.</source>
        <translation>回款节点需要填写金额。</translation>
    </message>
    <message>
        <source>Required lead fields</source>
        <translation>线索必填字段</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>行业：</translation>
    </message>
    <message>
        <source>Budget band:</source>
        <translation>预算区间：</translation>
    </message>
    <message>
        <source>Decision chain:</source>
        <translation>决策链：</translation>
    </message>
    <message>
        <source>Demand stage:</source>
        <translation>需求阶段：</translation>
    </message>
    <message>
        <source>(not filled)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Save lead fields</source>
        <translation>保存线索字段</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <source>Reason the deal was lost (required for lost)</source>
        <translation>输单原因（选择输单时必填）</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>推进</translation>
    </message>
    <message>
        <source>Evidence signals</source>
        <translation>预测信号</translation>
    </message>
    <message>
        <source>Signal kind</source>
        <translation>信号类型</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Signal note</source>
        <translation>信号备注</translation>
    </message>
    <message>
        <source>Add signal</source>
        <translation>添加信号</translation>
    </message>
    <message>
        <source>Payment milestones</source>
        <translation>回款节点</translation>
    </message>
    <message>
        <source>Milestone due date</source>
        <translation>回款到期日</translation>
    </message>
    <message>
        <source>Milestone amount</source>
        <translation>回款金额</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>添加回款节点</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>标记已回款</translation>
    </message>
    <message>
        <source>Not moved.</source>
        <translation>未推进。</translation>
    </message>
    <message>
        <source>A payment milestone cannot be due before the deal was created (%1).</source>
        <translation>回款节点的日期不能早于商机创建日期（%1）。</translation>
    </message>
</context>
<context>
    <name>Stride::OpportunityTimeline</name>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Could not read the opportunity: %1</source>
        <translation>无法读取商机：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · owner %3 · %4 · stage %5 · expected close %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · 负责人 %3 · %4 · 阶段 %5 · 预计成交 %6</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>current stage</source>
        <translation>当前阶段</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>Visit (%1)</source>
        <translation>拜访（%1）</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message>
        <source>Payment due</source>
        <translation>回款到期</translation>
    </message>
    <message>
        <source>%1, paid %2</source>
        <translation>%1，已付 %2</translation>
    </message>
    <message>
        <source>%1, unpaid</source>
        <translation>%1，未付</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Opportunity timeline</source>
        <translation>商机时间线</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>Stride::OrgFiguresAge</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>A QDateTime::toString format of a recent day, e.g. &quot;7 Dec&quot; (zh: &quot;M月d日&quot;)</extracomment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>A QDateTime::toString format of a day in another year, e.g. &quot;7 Dec 2025&quot;</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Computed on this laptop from your own deals — sync to compare with the organisation</source>
        <translation>根据本机上您自己的商机计算 — 同步后即可与全组织比较</translation>
    </message>
    <message>
        <source>Computed on this laptop from your own visits — sync to compare with the organisation</source>
        <translation>根据本机上您自己的拜访计算 — 同步后即可与全组织比较</translation>
    </message>
    <message>
        <source>Computed on this laptop from your own customers — sync to compare with the organisation</source>
        <translation>根据本机上您自己的客户计算 — 同步后即可与全组织比较</translation>
    </message>
    <message>
        <source>Organisation figures from %1</source>
        <translation>全组织数据：%1</translation>
    </message>
    <message>
        <source>Organisation figures as of %1</source>
        <translation>全组织数据截至 %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n day(s) old: sync to refresh)</source>
        <translation>
            <numerusform>（已过 %n 天：请同步以更新）</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop has not received the organisation&apos;s figures from the server yet, so this figure compares only with what this laptop holds. Sync to use the figures the server computes over the whole organisation.</source>
        <translation>本机尚未从服务器收到全组织数据，此数值仅与本机上的数据比较。同步后将使用服务器基于全组织计算的数据。</translation>
    </message>
    <message>
        <source>Computed by the server over the whole organisation at %1; every laptop shows the same figure. Offline, the last figures received stay in use.</source>
        <translation>由服务器于 %1 基于全组织计算；每台电脑显示相同的数值。离线时继续使用最近一次收到的数据。</translation>
    </message>
    <message numerus="yes">
        <source>They are more than %n day(s) old: sync to bring them up to date.</source>
        <translation>
            <numerusform>这些数据已超过 %n 天：请同步以更新。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stride::PeopleTableModel</name>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Stride::PipelineModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <source>green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>阶段停留天数</translation>
    </message>
    <message>
        <source>Dwell light</source>
        <translation>停留灯</translation>
    </message>
    <message>
        <source>%1 (%2; the %3 closing soonest listed)</source>
        <translation>%1（%2；列出预计最早成交的 %3 个）</translation>
    </message>
    <message>
        <source>Days since the deal entered its stage. The dwell light counts idle days instead: a visit on the customer restarts them.</source>
        <translation>商机进入当前阶段以来的天数。停留灯按空闲天数计算：对该客户的一次拜访会让空闲天数重新计算。</translation>
    </message>
    <message>
        <source>Idle days</source>
        <translation>空闲天数</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <source>%1: idle %2 days, more than the %3-day red limit of %4.</source>
        <translation>%1：已空闲 %2 天，超过「%4」阶段 %3 天的红灯阈值。</translation>
    </message>
    <message>
        <source>%1: idle %2 days, more than the %3-day yellow limit of %4 (red after %5 days).</source>
        <translation>%1：已空闲 %2 天，超过「%4」阶段 %3 天的黄灯阈值（超过 %5 天为红灯）。</translation>
    </message>
    <message>
        <source>%1: idle %2 days, within the %3-day yellow limit of %4 (red after %5 days).</source>
        <translation>%1：已空闲 %2 天，未超过「%4」阶段 %3 天的黄灯阈值（超过 %5 天为红灯）。</translation>
    </message>
    <message>
        <source>Last activity: a visit on %1.</source>
        <translation>最近活动：%1 的拜访。</translation>
    </message>
    <message>
        <source>Last activity: entered the stage on %1; no visit since.</source>
        <translation>最近活动：%1 进入该阶段，此后没有拜访。</translation>
    </message>
</context>
<context>
    <name>Stride::PipelinePage</name>
    <message>
        <source>Pipeline</source>
        <translation>销售漏斗</translation>
    </message>
    <message numerus="yes">
        <source>%n open or recently signed deal(s), grouped by stage. Select one to change its stage, lead fields, evidence and payments.</source>
        <translation>
            <numerusform>共 %n 个进行中或近期签约的商机，按阶段分组。选中一个即可推进阶段、填写线索字段、预测信号和回款节点。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals by stage</source>
        <translation>按阶段分组的商机</translation>
    </message>
    <message>
        <source>Loading deals…</source>
        <translation>正在加载商机…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>New opportunity…</source>
        <translation>新建商机…</translation>
    </message>
    <message>
        <source>New opportunity (%1)</source>
        <translation>新建商机（%1）</translation>
    </message>
</context>
<context>
    <name>Stride::PolicyEditor</name>
    <message>
        <source>Sum: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>Sum: %1 (must be 1.00)</source>
        <translation>合计：%1（必须为 1.00）</translation>
    </message>
    <message>
        <source>Required lead fields</source>
        <translation>线索必填字段</translation>
    </message>
    <message>
        <source>An opportunity cannot be saved until these are filled in.</source>
        <translation>填写这些字段后才能保存商机。</translation>
    </message>
    <message>
        <source>Customer value score</source>
        <translation>客户价值分</translation>
    </message>
    <message>
        <source>Weight of purchases (P):</source>
        <translation>采购额权重（P）：</translation>
    </message>
    <message>
        <source>Weight of satisfaction (S):</source>
        <translation>满意度权重（S）：</translation>
    </message>
    <message>
        <source>Weight of new-product trial (T):</source>
        <translation>新品试用权重（T）：</translation>
    </message>
    <message>
        <source>Tier A from score:</source>
        <translation>A 类分数线：</translation>
    </message>
    <message>
        <source>Tier B from score:</source>
        <translation>B 类分数线：</translation>
    </message>
    <message>
        <source>Stage dwell thresholds</source>
        <translation>阶段停留阈值</translation>
    </message>
    <message>
        <source>Yellow after (days)</source>
        <translation>黄灯阈值（天）</translation>
    </message>
    <message>
        <source>Red after (days)</source>
        <translation>红灯阈值（天）</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Language of tasks and messages:</source>
        <translation>待办与消息的语言：</translation>
    </message>
    <message>
        <source>Time zone of days and months:</source>
        <translation>日、月按此时区计算：</translation>
    </message>
</context>
<context>
    <name>Stride::RejectedModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>服务器给出的原因</translation>
    </message>
    <message>
        <source>Fields sent</source>
        <translation>提交的字段</translation>
    </message>
</context>
<context>
    <name>Stride::RuleEditor</name>
    <message>
        <source>This rule nests groups of conditions, which this form cannot show.</source>
        <translation>此规则含有嵌套的条件组，表单无法显示。</translation>
    </message>
    <message>
        <source>This rule tests “%1” in a way this form does not know.</source>
        <translation>此规则对“%1”的判断方式表单无法显示。</translation>
    </message>
    <message>
        <source>This rule&apos;s action “%1” is not one this form knows.</source>
        <translation>此规则的动作“%1”表单无法显示。</translation>
    </message>
    <message>
        <source>values separated by commas</source>
        <translation>多个值用逗号分隔</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>企业规模</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Budget band</source>
        <translation>预算区间</translation>
    </message>
    <message>
        <source>Decision chain</source>
        <translation>决策链</translation>
    </message>
    <message>
        <source>Demand stage</source>
        <translation>需求阶段</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Satisfaction (0–100)</source>
        <translation>满意度（0–100）</translation>
    </message>
    <message>
        <source>New-product trial (0–100)</source>
        <translation>新品试用参与度（0–100）</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Purchases in 12 months (¥)</source>
        <translation>近 12 个月采购额（¥）</translation>
    </message>
    <message>
        <source>Orders in 12 months</source>
        <translation>近 12 个月订单数</translation>
    </message>
    <message>
        <source>Open deal: stage</source>
        <translation>进行中商机：阶段</translation>
    </message>
    <message>
        <source>Open deal: days in stage</source>
        <translation>进行中商机：阶段停留天数</translation>
    </message>
    <message>
        <source>Latest visit: competitor notes</source>
        <translation>最近拜访：竞品信息</translation>
    </message>
    <message>
        <source>is</source>
        <translation>是</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>不是</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>大于</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>不少于</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>小于</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>不超过</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>属于</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>is filled in</source>
        <translation>已填写</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source> and </source>
        <translation> 且 </translation>
    </message>
    <message numerus="yes">
        <source>Tasks every %n day(s): %1</source>
        <translation>
            <numerusform>每 %n 天生成待办：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation>生成待办：%1</translation>
    </message>
    <message numerus="yes">
        <source>Visit every %n day(s)</source>
        <translation>
            <numerusform>每 %n 天拜访一次</numerusform>
        </translation>
    </message>
    <message>
        <source>Escalate to the supervisor</source>
        <translation>升级给主管</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>删除此条件</translation>
    </message>
    <message>
        <source>Condition field</source>
        <translation>条件字段</translation>
    </message>
    <message>
        <source>Condition operator</source>
        <translation>条件运算</translation>
    </message>
    <message>
        <source>Condition value</source>
        <translation>条件取值</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>When</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <source>Customers matching</source>
        <translation>客户满足</translation>
    </message>
    <message>
        <source>all of these conditions</source>
        <translation>以下全部条件</translation>
    </message>
    <message>
        <source>any of these conditions</source>
        <translation>以下任一条件</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>执行动作</translation>
    </message>
    <message>
        <source>Create tasks for the customer&apos;s owner</source>
        <translation>为客户负责人生成待办</translation>
    </message>
    <message>
        <source>Set the visit cadence</source>
        <translation>设定拜访频率</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>重复周期：每</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Tasks (title, track, due):</source>
        <translation>待办（标题、跟进线、期限）：</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>添加待办</translation>
    </message>
    <message>
        <source>Visit every</source>
        <translation>拜访周期：每</translation>
    </message>
    <message>
        <source>Puts a task on the supervisor&apos;s list for each deal that matches.</source>
        <translation>为每个命中的商机在主管的待办列表中添加一项。</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>待办标题</translation>
    </message>
    <message>
        <source>Track (optional)</source>
        <translation>跟进线（选填）</translation>
    </message>
    <message>
        <source>due in</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Remove this task</source>
        <translation>删除此待办</translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation>中文名称：</translation>
    </message>
</context>
<context>
    <name>Stride::RuleTableModel</name>
    <message>
        <source>When: %1
Then: %2</source>
        <translation>条件：%1
动作：%2</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>When</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>执行动作</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Stride::SandboxPage</name>
    <message>
        <source>Sandbox</source>
        <translation>沙盘</translation>
    </message>
    <message>
        <source>Visits (count)</source>
        <translation>拜访（次）</translation>
    </message>
    <message>
        <source>Effective call minutes (min)</source>
        <translation>有效通话时长（分钟）</translation>
    </message>
    <message>
        <source>On-site visit share (%)</source>
        <translation>上门拜访占比（%）</translation>
    </message>
    <message>
        <source>Needs-confirmation rate (%)</source>
        <translation>需求确认率（%）</translation>
    </message>
    <message>
        <source>Behaviour points (pts)</source>
        <translation>行为积分（分）</translation>
    </message>
    <message>
        <source>Key-action completion (%)</source>
        <translation>关键动作完成率（%）</translation>
    </message>
    <message numerus="yes">
        <source>No coefficient: only %n rep(s) have both this metric and a closed deal (3 are needed).</source>
        <translation>
            <numerusform>无系数：只有 %n 位销售同时有此指标和已结束的商机（至少需要 3 位）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No coefficient: the values do not vary between reps.</source>
        <translation>无系数：各销售的数值没有差异。</translation>
    </message>
    <message>
        <source>a strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>a moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>only a weak</source>
        <translation>仅弱</translation>
    </message>
    <message>
        <source>reps with a higher %1 tend to win more often</source>
        <translation>%1 越高的销售往往赢单越多</translation>
    </message>
    <message>
        <source>reps with a higher %1 tend to win less often</source>
        <translation>%1 越高的销售往往赢单越少</translation>
    </message>
    <message numerus="yes">
        <source>Pearson r = %1 over %n rep(s): %2 link — %3.</source>
        <translation>
            <numerusform>皮尔逊 r = %1，共 %n 位销售：%2相关 — %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 against win rate</source>
        <translation>%1 与赢率</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Could not compute: %1</source>
        <translation>无法计算：%1</translation>
    </message>
    <message>
        <source>No rep has both a value and a closed deal in this period.</source>
        <translation>此期间没有销售同时有数值和已结束的商机。</translation>
    </message>
    <message>
        <source>Win rate (%)</source>
        <translation>赢率（%）</translation>
    </message>
    <message>
        <source>Process sandbox: choose two process metrics and see how each goes with the win rate, one point per rep, with the Pearson correlation coefficient.</source>
        <translation>流程沙盘：选择两个流程指标，查看各自与赢率的关系，每位销售一个点，并给出皮尔逊相关系数。</translation>
    </message>
    <message>
        <source>&amp;First metric:</source>
        <translation>第一个指标(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Second metric:</source>
        <translation>第二个指标(&amp;S)：</translation>
    </message>
    <message>
        <source>First metric</source>
        <translation>第一个指标</translation>
    </message>
    <message>
        <source>Second metric</source>
        <translation>第二个指标</translation>
    </message>
</context>
<context>
    <name>Stride::SettingsPage</name>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Sign out of this profile? Changes not yet sent stay in the replica and are sent after you sign in again.</source>
        <translation>确定退出此配置吗？尚未上传的修改会保留在本地，重新登录后继续上传。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>（当前）</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Forget the profile; its replica file stays on disk</source>
        <translation>移除此配置；本地数据文件仍保留在磁盘上</translation>
    </message>
    <message>
        <source>Server and certificate</source>
        <translation>服务器与证书</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Certificate: the system&apos;s certificate authorities</source>
        <translation>证书：使用系统证书颁发机构</translation>
    </message>
    <message>
        <source>Certificate authority file: %1</source>
        <translation>证书颁发机构文件：%1</translation>
    </message>
    <message>
        <source>Pinned certificate SHA-256: %1</source>
        <translation>固定证书 SHA-256：%1</translation>
    </message>
    <message>
        <source>This profile has no server: it uses demo data or a replica file on this computer.</source>
        <translation>此配置没有服务器：它使用本机上的演示数据或数据文件。</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>语言与外观</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>深色主题</translation>
    </message>
    <message>
        <source>Data location</source>
        <translation>数据位置</translation>
    </message>
    <message>
        <source>Replica: %1 (%2)</source>
        <translation>本地数据：%1（%2）</translation>
    </message>
    <message>
        <source>Close this profile</source>
        <translation>关闭此配置</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one the next time you sign in.</source>
        <translation>密码已修改。下次登录请使用新密码。</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <source>Change the password of %1 on the server</source>
        <translation>在服务器上修改 %1 的密码</translation>
    </message>
</context>
<context>
    <name>Stride::Stage</name>
    <message>
        <source>Lead assigned</source>
        <translation>线索分配</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>首次触达</translation>
    </message>
    <message>
        <source>Needs confirmed</source>
        <translation>需求确认</translation>
    </message>
    <message>
        <source>Solution demo</source>
        <translation>方案演示</translation>
    </message>
    <message>
        <source>Objection handling</source>
        <translation>异议处理</translation>
    </message>
    <message>
        <source>Signed &amp; paid</source>
        <translation>签约回款</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
</context>
<context>
    <name>Stride::StageChangeDialog</name>
    <message>
        <source>A lost deal needs a reason.</source>
        <translation>输单需要填写原因。</translation>
    </message>
    <message>
        <source>Confirm that the deal skips these stages.</source>
        <translation>请确认该商机跳过这些阶段。</translation>
    </message>
    <message>
        <source>Enter the contract amount.</source>
        <translation>请填写合同金额。</translation>
    </message>
    <message>
        <source>Add at least one payment milestone.</source>
        <translation>请至少添加一个回款节点。</translation>
    </message>
    <message>
        <source>A payment milestone cannot be due before the deal was created (%1).</source>
        <translation>回款节点的日期不能早于商机创建日期（%1）。</translation>
    </message>
    <message>
        <source>%1 is far below the budget band %2. Check the amount, or confirm it below.</source>
        <translation>%1 远低于预算区间 %2。请核对金额，或在下方确认。</translation>
    </message>
    <message>
        <source>%1 is far above the budget band %2. Check the amount, or confirm it below.</source>
        <translation>%1 远高于预算区间 %2。请核对金额，或在下方确认。</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>未推进：%1</translation>
    </message>
    <message>
        <source>Move deal</source>
        <translation>推进商机</translation>
    </message>
    <message>
        <source>Move “%1” from %2 to %3.</source>
        <translation>将“%1”从%2推进到%3。</translation>
    </message>
    <message>
        <source>Skipped stages</source>
        <translation>跳过的阶段</translation>
    </message>
    <message>
        <source>This move skips %1. The method goes through every stage: skip only if the deal really passed them. They are recorded as skipped (no time spent in them).</source>
        <translation>此次推进跳过了%1。销售方法要求逐个阶段推进：只有商机确实已经过这些阶段时才可跳过。它们会被记录为已跳过（停留时间为零）。</translation>
    </message>
    <message>
        <source>Skip these stages</source>
        <translation>跳过这些阶段</translation>
    </message>
    <message>
        <source>Reason the deal was lost (required)</source>
        <translation>输单原因（必填）</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>Contract and payments</source>
        <translation>合同与回款</translation>
    </message>
    <message>
        <source>Contract &amp;amount:</source>
        <translation>合同金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Contract amount</source>
        <translation>合同金额</translation>
    </message>
    <message numerus="yes">
        <source>%n payment milestone(s) already recorded.</source>
        <translation>
            <numerusform>已记录 %n 个回款节点。</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment milestones (at least one):</source>
        <translation>回款节点（至少一个）：</translation>
    </message>
    <message>
        <source>Milestone due date</source>
        <translation>回款到期日</translation>
    </message>
    <message>
        <source>Milestone amount</source>
        <translation>回款金额</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>添加回款节点</translation>
    </message>
    <message>
        <source>The amount is right</source>
        <translation>金额无误</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>推进</translation>
    </message>
</context>
<context>
    <name>Stride::StandardActionTableModel</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Due after entering</source>
        <translation>触发阶段</translation>
    </message>
    <message>
        <source>Fulfilled by</source>
        <translation>完成方式</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Stride::SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Select a conflict first.</source>
        <translation>请先选择一个冲突。</translation>
    </message>
    <message>
        <source>Restored your value of %1; it will be sent with the next sync.</source>
        <translation>已恢复你的“%1”值，将在下次同步时上传。</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>未恢复：%1</translation>
    </message>
    <message>
        <source>Kept the server&apos;s value.</source>
        <translation>已保留服务器的值。</translation>
    </message>
    <message>
        <source>Not dismissed: %1</source>
        <translation>未忽略：%1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>This profile works locally only (demo data or a replica file): nothing is sent.</source>
        <translation>此配置仅在本地使用（演示数据或数据文件），不会上传任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n local change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n 条本地修改等待上传。</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1.</source>
        <translation>上次同步：%1。</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>最近的问题：%1</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Conflicts: someone else changed the same field; the server kept theirs. Compare, then restore yours or keep the server&apos;s.</source>
        <translation>冲突：其他人修改了同一字段，服务器采用了对方的值。请对比后恢复你的值或保留服务器的值。</translation>
    </message>
    <message>
        <source>Restore my value</source>
        <translation>恢复我的值</translation>
    </message>
    <message>
        <source>Keep server&apos;s value</source>
        <translation>保留服务器的值</translation>
    </message>
    <message>
        <source>Needs attention: changes the server refused</source>
        <translation>需要处理：被服务器拒绝的修改</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Changes the server refused</source>
        <translation>被服务器拒绝的修改</translation>
    </message>
    <message>
        <source>Select a refused change first.</source>
        <translation>请先选择一条被拒绝的修改。</translation>
    </message>
    <message>
        <source>Dismissed. The server&apos;s value stays; change the record again if needed.</source>
        <translation>已忽略。服务器上的值保持不变；如有需要请再次修改该记录。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Hide the selected refused change once you have read the server&apos;s reason</source>
        <translation>阅读服务器给出的原因后，隐藏所选的被拒绝修改</translation>
    </message>
</context>
<context>
    <name>Stride::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation>立即同步（F5）</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n 条修改待上传</numerusform>
        </translation>
    </message>
    <message>
        <source>Local only: this profile has no server</source>
        <translation>仅本地：此配置没有服务器</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同步中…</translation>
    </message>
    <message>
        <source>Offline: changes are kept and sent later</source>
        <translation>离线：修改已保存，稍后上传</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>Signed out: sign in under Settings</source>
        <translation>未登录：请在“设置”中登录</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>取消同步</translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2…</source>
        <translation>正在发送修改：%1 / %2…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %n row(s) received…</source>
        <translation>
            <numerusform>正在同步：已接收 %n 行…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stride::TaskActionDialog</name>
    <message>
        <source>Choose the rep to give the task to.</source>
        <translation>请选择接手该待办的销售代表。</translation>
    </message>
    <message>
        <source>The task was not changed: %1</source>
        <translation>待办未更改：%1</translation>
    </message>
    <message>
        <source>Mark task done</source>
        <translation>标记待办完成</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>备注（可选）(&amp;N)：</translation>
    </message>
    <message>
        <source>Snooze task</source>
        <translation>推迟待办</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>推迟到(&amp;U)：</translation>
    </message>
    <message>
        <source>Reassign task</source>
        <translation>转交待办</translation>
    </message>
    <message>
        <source>&amp;Give to:</source>
        <translation>转交给(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>Stride::TaskActions</name>
    <message>
        <source>Log visit</source>
        <translation>记录拜访</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>推迟…</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>转交…</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>打开商机</translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation>“%1”的操作</translation>
    </message>
</context>
<context>
    <name>Stride::TaskListModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>Stride::TasksPage</name>
    <message>
        <source>Tasks</source>
        <translation>待办</translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n 项未完成待办</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>the first %1 shown: narrow the search</source>
        <translation>仅显示前 %1 项：请缩小搜索范围</translation>
    </message>
    <message>
        <source>Search tasks and customers</source>
        <translation>搜索待办和客户</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>搜索待办</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>按来源筛选</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>只看我的</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>未完成的待办</translation>
    </message>
</context>
<context>
    <name>Stride::TeamPage</name>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Loading the organisation…</source>
        <translation>正在加载组织…</translation>
    </message>
    <message>
        <source>Could not read the organisation: %1</source>
        <translation>无法读取组织：%1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>全组织</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Organisation, teams, reps and opportunities</source>
        <translation>组织、团队、销售和商机</translation>
    </message>
    <message>
        <source>Opportunity timeline</source>
        <translation>商机时间线</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>团队 %1</translation>
    </message>
    <message>
        <source>Rep %1</source>
        <translation>销售 %1</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
</context>
<context>
    <name>Stride::TeamTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
</context>
<context>
    <name>Stride::TodayPage</name>
    <message>
        <source>Exactly three customers: untick one before adding %1.</source>
        <translation>只能选三家客户：请先取消一家再添加“%1”。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Today&apos;s checklist is done.</source>
        <translation>今天的晨会清单已完成。</translation>
    </message>
    <message>
        <source>Pick exactly three key customers for today.</source>
        <translation>请为今天选出三家重点客户。</translation>
    </message>
    <message>
        <source>Everyone has done today&apos;s checklist.</source>
        <translation>所有人都已完成今天的晨会清单。</translation>
    </message>
    <message>
        <source>%1 of 3 picked.</source>
        <translation>已选 %1 / 3 家。</translation>
    </message>
    <message>
        <source>Pick exactly three customers (%1 picked).</source>
        <translation>必须正好选三家客户（已选 %1 家）。</translation>
    </message>
    <message>
        <source>The checklist was not saved: %1</source>
        <translation>晨会清单未保存：%1</translation>
    </message>
    <message>
        <source>Today&apos;s checklist is saved.</source>
        <translation>今天的晨会清单已保存。</translation>
    </message>
    <message>
        <source>Today, %1 — %2 (%3)</source>
        <translation>今天 %1 — %2（%3）</translation>
    </message>
    <message>
        <source>Morning checklist: three key customers</source>
        <translation>晨会三家重点客户</translation>
    </message>
    <message>
        <source>Suggested customers</source>
        <translation>推荐客户</translation>
    </message>
    <message>
        <source>&amp;Other customer:</source>
        <translation>其他客户(&amp;O)：</translation>
    </message>
    <message>
        <source>Type a name to add a customer</source>
        <translation>输入名称添加客户</translation>
    </message>
    <message>
        <source>Add another customer</source>
        <translation>添加其他客户</translation>
    </message>
    <message>
        <source>Save checklist</source>
        <translation>保存晨会清单</translation>
    </message>
    <message>
        <source>Tasks due today and overdue</source>
        <translation>今天到期及已逾期的待办</translation>
    </message>
    <message>
        <source>My team today</source>
        <translation>我的团队今日情况</translation>
    </message>
    <message>
        <source>Reps who have not done today&apos;s checklist:</source>
        <translation>尚未完成今日晨会清单的销售：</translation>
    </message>
    <message>
        <source>Reps without a checklist</source>
        <translation>未完成晨会清单的销售</translation>
    </message>
    <message>
        <source>Pick three customers above: a briefing card for each appears here.</source>
        <translation>在上方选出三家客户，这里会显示每家客户的简报卡片。</translation>
    </message>
    <message>
        <source>Loading suggestions…</source>
        <translation>正在加载建议…</translation>
    </message>
    <message>
        <source>Suggestions could not be loaded: %1</source>
        <translation>无法加载建议：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>The team could not be loaded: %1</source>
        <translation>无法加载团队：%1</translation>
    </message>
</context>
<context>
    <name>Stride::VisitListModel</name>
    <message>
        <source>none: %1</source>
        <translation>无：%1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>拜访方式</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>纪要</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
</context>
<context>
    <name>Stride::VisitsPage</name>
    <message>
        <source>Visits</source>
        <translation>拜访记录</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) in the last %1 days. A visit of the selected row&apos;s customer is one click away.</source>
        <translation>
            <numerusform>最近 %1 天共 %n 次拜访。选中一行即可一键为该客户记录拜访。</numerusform>
        </translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation>记录拜访</translation>
    </message>
    <message>
        <source>Recent visits</source>
        <translation>最近拜访</translation>
    </message>
    <message>
        <source>Loading visits…</source>
        <translation>正在加载拜访…</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>This replica was restored from a copy or copied to another computer: it registered as a new device and sent its unsynced changes again.</source>
        <translation>此副本是从备份副本恢复的，或被复制到了另一台电脑：它已注册为新设备，并重新发送了尚未同步的更改。</translation>
    </message>
    <message>
        <source>The server was restored from a backup: this replica sent again %1 changes it lacked and downloads everything again.</source>
        <translation>服务器已从备份恢复：此副本重新发送了服务器缺少的 %1 项更改，并将重新下载全部数据。</translation>
    </message>
</context>
<context>
    <name>TierText</name>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1（已锁定）</translation>
    </message>
    <message>
        <source>Tier %1 (pinned)</source>
        <translation>%1 类（已锁定）</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1 类</translation>
    </message>
    <message>
        <source>No tier yet: the value score has not been computed.</source>
        <translation>暂无分级：尚未计算价值分。</translation>
    </message>
    <message>
        <source>Tier %1 was pinned by hand by an admin or supervisor; the value score does not change it.</source>
        <translation>%1 类由管理员或主管手动锁定，价值分不会改变它。</translation>
    </message>
    <message>
        <source>Tier %1 follows the customer&apos;s value score.</source>
        <translation>%1 类由客户的价值分决定。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook (not a zip package)</source>
        <translation>%1 不是 .xlsx 工作簿（不是 zip 压缩包）</translation>
    </message>
    <message>
        <source>the package has no part %1</source>
        <translation>压缩包中没有部件 %1</translation>
    </message>
    <message>
        <source>cannot open the part %1</source>
        <translation>无法打开部件 %1</translation>
    </message>
    <message>
        <source>the part %1 is damaged (zip error %2)</source>
        <translation>部件 %1 已损坏（zip 错误 %2）</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook: %2</source>
        <translation>%1 不是 .xlsx 工作簿：%2</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheets</source>
        <translation>%1：工作簿中没有工作表</translation>
    </message>
    <message>
        <source>%1 has no sheet &apos;%2&apos; (sheets: %3)</source>
        <translation>%1 中没有工作表“%2”（现有工作表：%3）</translation>
    </message>
    <message>
        <source>%1: sheet &apos;%2&apos;: %3</source>
        <translation>%1：工作表“%2”：%3</translation>
    </message>
</context>
</TS>
