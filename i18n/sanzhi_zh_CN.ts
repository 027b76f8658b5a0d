<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>App</name>
    <message>
      <source>Sanzhi</source>
      <translation>三治融合</translation>
    </message>
    <message>
      <source>Cannot open the data file</source>
      <translation>无法打开数据文件</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>操作员</translation>
    </message>
  </context>
  <context>
    <name>BoardsPage</name>
    <message>
      <source>Public boards</source>
      <translation>公开栏</translation>
    </message>
    <message>
      <source>village affairs, party affairs and finance disclosures</source>
      <translation>村务、党务和财务公开</translation>
    </message>
    <message>
      <source>review by the supervision committee before posting</source>
      <translation>公开前由村务监督委员会审核</translation>
    </message>
    <message>
      <source>objections and answers during the publicity period</source>
      <translation>公示期内的异议和答复</translation>
    </message>
    <message>
      <source>the four-two procedure for major decisions</source>
      <translation>重大事项“四议两公开”</translation>
    </message>
  </context>
  <context>
    <name>ChangeLogView</name>
    <message>
      <source>Change log</source>
      <extracomment>Fields that name a record, tried in order, for the "record" column.</extracomment>
      <translation>操作日志</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>Only from</source>
      <translation>只看从</translation>
    </message>
    <message>
      <source>to</source>
      <translation>到</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>操作员</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <source>Changed fields</source>
      <translation>改动的内容</translation>
    </message>
    <message>
      <source>No changes match. Change the filters above.</source>
      <translation>没有符合条件的操作记录。请调整上面的筛选条件。</translation>
    </message>
  </context>
  <context>
    <name>ContactPage</name>
    <message>
      <source>Phones and operator</source>
      <translation>监督电话和操作员</translation>
    </message>
    <message>
      <source>The supervision phones are printed at the foot of public sheets. They may be left empty and filled in later.</source>
      <translation>监督电话印在公开栏表格的底部。可以先空着，以后再填。</translation>
    </message>
    <message>
      <source>e.g. 0916-1234567</source>
      <translation>如 0916-1234567</translation>
    </message>
    <message>
      <source>Village supervision phone</source>
      <translation>村监督电话</translation>
    </message>
    <message>
      <source>Town supervision phone</source>
      <translation>镇（乡）监督电话</translation>
    </message>
    <message>
      <source>Your name, e.g. 王文书</source>
      <translation>您的姓名，如 王文书</translation>
    </message>
    <message>
      <source>Your name (operator)</source>
      <translation>您的姓名（操作员）</translation>
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <source>Home</source>
      <translation>首页</translation>
    </message>
    <message>
      <source>To do</source>
      <translation>待办事项</translation>
    </message>
    <message>
      <source>This office</source>
      <translation>本单位</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Division code</source>
      <translation>区划代码</translation>
    </message>
    <message>
      <source>Town</source>
      <translation>所属镇（乡）</translation>
    </message>
    <message>
      <source>Village supervision phone</source>
      <translation>村监督电话</translation>
    </message>
    <message>
      <source>Town supervision phone</source>
      <translation>镇（乡）监督电话</translation>
    </message>
    <message>
      <source>Set up on</source>
      <translation>设置日期</translation>
    </message>
    <message>
      <source>Site id</source>
      <translation>本机编号</translation>
    </message>
    <message>
      <source>Data version</source>
      <translation>数据版本</translation>
    </message>
    <message>
      <source>Program version</source>
      <translation>程序版本</translation>
    </message>
    <message>
      <source>Recorded so far</source>
      <translation>已登记</translation>
    </message>
    <message>
      <source>Nothing is due or overdue.</source>
      <translation>没有到期或逾期的事项。</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <source>Due soon</source>
      <translation>即将到期</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>待处理</translation>
    </message>
    <message>
      <source>Changes in the log</source>
      <translation>操作日志条数</translation>
    </message>
  </context>
  <context>
    <name>HouseholdDialog</name>
    <message>
      <source>Edit household</source>
      <translation>修改户信息</translation>
    </message>
    <message>
      <source>New household</source>
      <translation>新建户</translation>
    </message>
    <message>
      <source>e.g. 0101</source>
      <translation>例如 0101</translation>
    </message>
    <message>
      <source>Household no.</source>
      <translation>户号</translation>
    </message>
    <message>
      <source>Household head</source>
      <translation>户主</translation>
    </message>
    <message>
      <source>Villager group</source>
      <translation>村民小组</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>住址</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Home</source>
      <translation>首页</translation>
    </message>
    <message>
      <source>Public boards</source>
      <translation>公开栏</translation>
    </message>
    <message>
      <source>Red/black board</source>
      <translation>红黑榜</translation>
    </message>
    <message>
      <source>Stars and points</source>
      <translation>星级与积分</translation>
    </message>
    <message>
      <source>Mediation</source>
      <translation>人民调解</translation>
    </message>
    <message>
      <source>Roster</source>
      <translation>村民档案</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>同步</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Sanzhi · {name}</source>
      <translation>三治融合 · {name}</translation>
    </message>
    <message>
      <source>Switch…</source>
      <translation>换人…</translation>
    </message>
    <message>
      <source>Someone else sits down at the keyboard</source>
      <translation>换一位操作员</translation>
    </message>
    <message>
      <source>Operator: {name}</source>
      <translation>操作员：{name}</translation>
    </message>
    <message>
      <source>Data: {path}</source>
      <translation>数据文件：{path}</translation>
    </message>
    <message>
      <source>Sync: not set up yet</source>
      <translation>同步：尚未设置</translation>
    </message>
    <message>
      <source>To do: {count}</source>
      <translation>待办：{count}</translation>
    </message>
  </context>
  <context>
    <name>MediationPage</name>
    <message>
      <source>Mediation</source>
      <translation>人民调解</translation>
    </message>
    <message>
      <source>case intake, investigation, mediation sessions and agreements</source>
      <translation>受理登记、调查、调解记录和调解协议</translation>
    </message>
    <message>
      <source>follow-up visits and the one-month time limit</source>
      <translation>回访和一个月办结时限</translation>
    </message>
    <message>
      <source>the monthly report to the township justice office</source>
      <translation>报司法所的月度统计</translation>
    </message>
  </context>
  <context>
    <name>OfficePage</name>
    <message>
      <source>Which office is this?</source>
      <translation>这是哪个单位？</translation>
    </message>
    <message>
      <source>This is asked once. The code cannot be changed later: every record you write carries it.</source>
      <translation>这一步只做一次。区划代码以后不能更改：每一条记录都带有它。</translation>
    </message>
    <message>
      <source>Village (村)</source>
      <translation>村</translation>
    </message>
    <message>
      <source>Town / township (镇、乡)</source>
      <translation>镇、乡</translation>
    </message>
    <message>
      <source>Office kind</source>
      <translation>单位类型</translation>
    </message>
    <message>
      <source>Division code (统计用区划代码)</source>
      <translation>统计用区划代码</translation>
    </message>
    <message>
      <source>e.g. 小营村</source>
      <translation>如 小营村</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>e.g. 城关镇</source>
      <translation>如 城关镇</translation>
    </message>
    <message>
      <source>Town name</source>
      <translation>所属镇（乡）</translation>
    </message>
    <message>
      <source>12 digits: county (6) + town (3) + village (3), e.g. 610722100201</source>
      <translation>12位数字：县（6位）+ 镇（3位）+ 村（3位），如 610722100201</translation>
    </message>
    <message>
      <source>9 digits: county (6) + town (3), e.g. 610722100</source>
      <translation>9位数字：县（6位）+ 镇（3位），如 610722100</translation>
    </message>
  </context>
  <context>
    <name>OperatorDialog</name>
    <message>
      <source>Who is working?</source>
      <translation>谁在操作？</translation>
    </message>
    <message>
      <source>Choose your name, or type it if you are new. Every change you make is recorded under this name in the change log.</source>
      <translation>请选择您的姓名；第一次使用请直接输入。您做的每一项修改都会以这个名字记入操作日志。</translation>
    </message>
    <message>
      <source>Your name, e.g. 王文书</source>
      <translation>您的姓名，如 王文书</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>操作员</translation>
    </message>
  </context>
  <context>
    <name>PdfPreviewDialog</name>
    <message>
      <source>{count} page(s)</source>
      <translation>共{count}页</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>另存为PDF…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>另存为PDF</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>没有保存</translation>
    </message>
    <message>
      <source>The PDF could not be written to {path}: {error}</source>
      <translation>PDF无法写入 {path}：{error}</translation>
    </message>
    <message>
      <source>Not printed</source>
      <translation>没有打印</translation>
    </message>
    <message>
      <source>The printer is not ready.</source>
      <translation>打印机没有准备好。</translation>
    </message>
  </context>
  <context>
    <name>PersonDetail</name>
    <message>
      <source>Select a villager in the table to see details.</source>
      <translation>在左边表格中选择一位村民，这里显示详细信息。</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>性别</translation>
    </message>
    <message>
      <source>Ethnicity</source>
      <translation>民族</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>身份证号</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>所在户</translation>
    </message>
    <message>
      <source>Relation to head</source>
      <translation>与户主关系</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>住址</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Edit person</source>
      <translation>修改村民信息</translation>
    </message>
    <message>
      <source>Edit household</source>
      <translation>修改户信息</translation>
    </message>
    <message>
      <source>Add member</source>
      <translation>添加家庭成员</translation>
    </message>
    <message>
      <source>Delete person</source>
      <translation>删除村民</translation>
    </message>
    <message>
      <source>Delete household</source>
      <translation>删除整户</translation>
    </message>
    <message>
      <source>Household members</source>
      <translation>家庭成员</translation>
    </message>
    <message>
      <source>History</source>
      <translation>修改记录</translation>
    </message>
    <message>
      <source> ({0} years)</source>
      <translation>（{0}岁）</translation>
    </message>
    <message>
      <source>{0} · head {1} · group {2}</source>
      <translation>户号{0}，户主{1}，{2}组</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <source>Edit villager</source>
      <translation>修改村民信息</translation>
    </message>
    <message>
      <source>New villager</source>
      <translation>新增村民</translation>
    </message>
    <message>
      <source>Choose</source>
      <translation>请选择</translation>
    </message>
    <message>
      <source>18 characters</source>
      <translation>18位</translation>
    </message>
    <message>
      <source>Type household no. or head's name</source>
      <translation>输入户号或户主姓名查找</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>身份证号</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>性别</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <source>Ethnicity</source>
      <translation>民族</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>所在户</translation>
    </message>
    <message>
      <source>Relation to head</source>
      <translation>与户主关系</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Born {0}, {1}</source>
      <translation>出生日期{0}，{1}</translation>
    </message>
  </context>
  <context>
    <name>PlaceholderPage</name>
    <message>
      <source>This part is not built yet: it comes in a later version.</source>
      <translation>这一部分还没有做好，将在以后的版本中提供。</translation>
    </message>
    <message>
      <source>It will hold:</source>
      <translation>将包括：</translation>
    </message>
  </context>
  <context>
    <name>RedBlackPage</name>
    <message>
      <source>Red/black board</source>
      <translation>红黑榜</translation>
    </message>
    <message>
      <source>the monthly red list of model households and deeds</source>
      <translation>每月红榜：先进户和好人好事</translation>
    </message>
    <message>
      <source>the black list with the village-rule clause and rectification deadline</source>
      <translation>黑榜：违反的村规民约条款和整改期限</translation>
    </message>
    <message>
      <source>the printed board in red and black</source>
      <translation>红黑两色打印的榜单</translation>
    </message>
  </context>
  <context>
    <name>RosterImportDialog</name>
    <message>
      <source>Import roster from .xlsx</source>
      <translation>从Excel表格导入村民档案</translation>
    </message>
    <message>
      <source>No file chosen.</source>
      <translation>还没有选择文件。</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>选择文件…</translation>
    </message>
    <message>
      <source>Choose an .xlsx roster. Use the Template button on the roster page for the expected columns.</source>
      <translation>请选择一个.xlsx格式的村民档案表。表格的列可参照村民档案页上“导入模板”按钮保存的模板。</translation>
    </message>
    <message>
      <source>Nothing will be imported until the file is fixed. Correct these cells in Excel, save, and choose the file again.</source>
      <translation>文件改正之前不会导入任何内容。请在Excel中改正下列单元格，保存后重新选择文件。</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>行</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Save error report…</source>
      <translation>保存错误清单…</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <source>Choose a roster</source>
      <translation>选择村民档案表</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Reading {0}…</source>
      <translation>正在读取{0}…</translation>
    </message>
    <message>
      <source>Reading the roster…</source>
      <translation>正在读取村民档案…</translation>
    </message>
    <message>
      <source>The file could not be read: {0}</source>
      <translation>无法读取这个文件：{0}</translation>
    </message>
    <message>
      <source>{0} new households, {1} new persons.</source>
      <translation>新增{0}户、{1}人。</translation>
    </message>
    <message>
      <source>{0} existing households get new members.</source>
      <translation>另有{0}个已有的户增加成员。</translation>
    </message>
    <message>
      <source>{0} cells need fixing.</source>
      <translation>有{0}处需要改正。</translation>
    </message>
    <message>
      <source>The file holds no persons to import.</source>
      <translation>文件中没有可导入的村民。</translation>
    </message>
    <message>
      <source>Click Import to add them.</source>
      <translation>点击“导入”添加。</translation>
    </message>
    <message>
      <source>Save error report</source>
      <translation>保存错误清单</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
      <translation>Excel工作簿 (*.xlsx);;CSV文件 (*.csv)</translation>
    </message>
    <message>
      <source>Error report saved to {0}</source>
      <translation>错误清单已保存到{0}</translation>
    </message>
    <message>
      <source>Importing the roster…</source>
      <translation>正在导入村民档案…</translation>
    </message>
    <message>
      <source>Imported: {0} households and {1} persons added.</source>
      <translation>导入完成：新增{0}户、{1}人。</translation>
    </message>
  </context>
  <context>
    <name>RosterPage</name>
    <message>
      <source>Roster</source>
      <translation>村民档案</translation>
    </message>
    <message>
      <source>New household</source>
      <translation>新建户</translation>
    </message>
    <message>
      <source>Add a household (Ctrl+N)</source>
      <translation>新建一户（Ctrl+N）</translation>
    </message>
    <message>
      <source>New person</source>
      <translation>新增村民</translation>
    </message>
    <message>
      <source>Import .xlsx</source>
      <translation>导入Excel</translation>
    </message>
    <message>
      <source>Export .xlsx</source>
      <translation>导出Excel</translation>
    </message>
    <message>
      <source>Save the persons shown (current search and group) as .xlsx</source>
      <translation>把当前显示的村民（按当前搜索和小组）导出为Excel表格</translation>
    </message>
    <message>
      <source>Template</source>
      <translation>导入模板</translation>
    </message>
    <message>
      <source>Save an empty .xlsx roster to fill in and import</source>
      <translation>保存一个空白的Excel表格，填好后可导入</translation>
    </message>
    <message>
      <source>Search name, ID number, phone, household no., head, address (Ctrl+F)</source>
      <translation>搜索姓名、身份证号、电话、户号、户主、住址（Ctrl+F）</translation>
    </message>
    <message>
      <source>Show ID numbers</source>
      <translation>显示完整证件号</translation>
    </message>
    <message>
      <source>Show full ID numbers and phone numbers until you leave this page</source>
      <translation>显示完整的身份证号和电话，离开本页后自动隐藏</translation>
    </message>
    <message>
      <source>No villager matches. Change the search or choose All groups.</source>
      <translation>没有符合条件的村民。请修改搜索内容或选择“全部小组”。</translation>
    </message>
    <message>
      <source>All groups</source>
      <translation>全部小组</translation>
    </message>
    <message>
      <source>Group {0}</source>
      <translation>{0}组</translation>
    </message>
    <message>
      <source>{0} persons</source>
      <translation>共{0}人</translation>
    </message>
    <message>
      <source>No villagers yet. Click New household, or import an .xlsx roster.</source>
      <translation>还没有村民档案。点击“新建户”添加，或导入Excel格式的村民档案表。</translation>
    </message>
    <message>
      <source>Delete {0} (household {1})?</source>
      <translation>删除{0}（户号{1}）？</translation>
    </message>
    <message>
      <source>The record is removed from the roster; the change log keeps the deletion.</source>
      <translation>此人将从村民档案中删除，操作日志会记录这次删除。</translation>
    </message>
    <message>
      <source>Delete person</source>
      <translation>删除村民</translation>
    </message>
    <message>
      <source>Delete household {0} of {1} and its {2} members?</source>
      <translation>删除户号{0}（户主{1}）整户及其{2}名成员？</translation>
    </message>
    <message>
      <source>Delete household</source>
      <translation>删除整户</translation>
    </message>
    <message>
      <source>Export roster</source>
      <translation>导出村民档案</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Exporting the roster…</source>
      <translation>正在导出村民档案…</translation>
    </message>
    <message>
      <source>Exported {0} persons to {1}</source>
      <translation>已导出{0}人到{1}</translation>
    </message>
    <message>
      <source>Save import template</source>
      <translation>保存导入模板</translation>
    </message>
    <message>
      <source>Template saved to {0}</source>
      <translation>模板已保存到{0}</translation>
    </message>
  </context>
  <context>
    <name>RosterTableModel</name>
    <message>
      <source>Name</source>
      <extracomment>The person's id (str). The household's id (str). The value a header click sorts by (int for numbers, text otherwise). The whole row dict as the service returned it (unmasked). Columns whose text is a person's name: sorted in pinyin with the surname overrides. Columns sorted as text by the pinyin collator (numeric mode: 户号 "99" before "100").</extracomment>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>性别</translation>
    </message>
    <message>
      <source>Ethnicity</source>
      <translation>民族</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>年龄</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>身份证号</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <source>Household no.</source>
      <translation>户号</translation>
    </message>
    <message>
      <source>Household head</source>
      <translation>户主</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>小组</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>关系</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Operators</source>
      <translation>操作员</translation>
    </message>
    <message>
      <source>The people who may sign in at this PC. Removing a name keeps its entries in the change log.</source>
      <translation>可以在这台电脑上登录的人。删除一个名字后，操作日志里他的记录仍然保留。</translation>
    </message>
    <message>
      <source>New operator's name</source>
      <translation>新操作员的姓名</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <source>Remove selected</source>
      <translation>删除所选</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <source>Interface language</source>
      <translation>界面语言</translation>
    </message>
    <message>
      <source>Data file</source>
      <translation>数据文件</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>数据文件位置</translation>
    </message>
    <message>
      <source>Open the change log</source>
      <translation>查看操作日志</translation>
    </message>
    <message>
      <source>{name} (signed in)</source>
      <translation>{name}（当前操作员）</translation>
    </message>
    <message>
      <source>You cannot remove the operator who is signed in.</source>
      <translation>不能删除当前正在使用的操作员。</translation>
    </message>
    <message>
      <source>Remove operator</source>
      <translation>删除操作员</translation>
    </message>
    <message>
      <source>Remove {name} from the operators? {name} will no longer be offered at sign-in; their entries in the change log stay.</source>
      <translation>确定把“{name}”从操作员中删除吗？以后登录时不再列出“{name}”；操作日志里的记录仍然保留。</translation>
    </message>
    <message>
      <source>Saved. The new language takes effect the next time the program starts.</source>
      <translation>已保存。下次启动程序时改用新的语言。</translation>
    </message>
  </context>
  <context>
    <name>SetupWizard</name>
    <message>
      <source>First-time setup</source>
      <translation>首次设置</translation>
    </message>
  </context>
  <context>
    <name>StarsPage</name>
    <message>
      <source>Stars and points</source>
      <translation>星级与积分</translation>
    </message>
    <message>
      <source>ten-star civilised household ratings</source>
      <translation>十星级文明户评定</translation>
    </message>
    <message>
      <source>the household points ledger and the points store</source>
      <translation>户积分台账和积分超市</translation>
    </message>
  </context>
  <context>
    <name>SyncPage</name>
    <message>
      <source>Sync</source>
      <translation>同步</translation>
    </message>
    <message>
      <source>exporting an encrypted sync file to a USB stick for the town</source>
      <translation>导出加密的同步文件到U盘，带到镇上</translation>
    </message>
    <message>
      <source>importing the town's circulars, catalogues and replies</source>
      <translation>导入镇上的通知、目录和答复</translation>
    </message>
  </context>
  <context>
    <name>Task</name>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
  <context>
    <name>tasks</name>
    <message>
      <source>Cannot do that</source>
      <translation>无法完成</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>意外错误</translation>
    </message>
    <message>
      <source>Something went wrong. Nothing was saved by this step.</source>
      <translation>出了问题。这一步没有保存任何内容。</translation>
    </message>
  </context>
</TS>