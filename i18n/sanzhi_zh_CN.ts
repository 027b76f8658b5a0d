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
      <source>Daily backup</source>
      <extracomment>Set to "1" to quit right after the main window's first paint (start-up benchmark).</extracomment>
      <translation>每日备份</translation>
    </message>
    <message>
      <source>Today's automatic backup could not be made:
{error}

Your data is not affected. Free some disk space, then back up under Settings.</source>
      <translation>今天的自动备份没有做成：
{error}

数据本身没有受影响。请先腾出磁盘空间，再到“设置”里手动备份。</translation>
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
    <name>BackupOffer</name>
    <message>
      <source>The data file is damaged</source>
      <translation>数据文件已损坏</translation>
    </message>
    <message>
      <source>{problem}

Restore the backup of {when}?
{summary}

The damaged file is kept unchanged beside it for a technician.</source>
      <translation>{problem}

要恢复{when}的备份吗？
{summary}

损坏的文件会原样保留在旁边，供技术人员检查。</translation>
    </message>
    <message>
      <source>Restore failed</source>
      <translation>恢复失败</translation>
    </message>
    <message>
      <source>Restored</source>
      <translation>已恢复</translation>
    </message>
    <message>
      <source>Restored the backup of {when}. The damaged file was moved to {aside}.</source>
      <translation>已恢复{when}的备份。损坏的文件已移到 {aside}。</translation>
    </message>
  </context>
  <context>
    <name>BackupRestoreDialog</name>
    <message>
      <source>Restore from a backup</source>
      <translation>从备份恢复</translation>
    </message>
    <message>
      <source>Choose the copy to restore. The current data file is backed up first, so a restore can itself be undone.</source>
      <translation>请选择要恢复的备份。恢复前会先备份当前的数据文件，所以恢复本身也可以撤回。</translation>
    </message>
    <message>
      <source>No backups beside the data file yet.</source>
      <translation>数据文件旁边还没有备份。</translation>
    </message>
    <message>
      <source>Choose a backup file…</source>
      <translation>选择备份文件…</translation>
    </message>
    <message>
      <source>Restore…</source>
      <translation>恢复…</translation>
    </message>
    <message>
      <source>Choose a backup file</source>
      <translation>选择备份文件</translation>
    </message>
    <message>
      <source>Backups (*.db)</source>
      <translation>备份文件 (*.db)</translation>
    </message>
  </context>
  <context>
    <name>BoardsPage</name>
    <message>
      <source>Public boards</source>
      <translation>公开栏</translation>
    </message>
    <message>
      <source>New</source>
      <translation>新建</translation>
    </message>
    <message>
      <source>New record in this tab (Ctrl+N)</source>
      <translation>在当前标签页新建（Ctrl+N）</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>打印</translation>
    </message>
    <message>
      <source>Print the selected record (Ctrl+P)</source>
      <translation>打印所选记录（Ctrl+P）</translation>
    </message>
    <message>
      <source>Export .xlsx</source>
      <translation>导出Excel</translation>
    </message>
    <message>
      <source>Save the table of this tab as .xlsx</source>
      <translation>把本页签的表格保存为Excel文件（.xlsx）</translation>
    </message>
    <message>
      <source>More</source>
      <translation>更多</translation>
    </message>
    <message>
      <source>Print the selected notice on A3</source>
      <translation>用A3打印所选公开</translation>
    </message>
    <message>
      <source>Print the issue and response wall</source>
      <translation>打印问题墙·回音壁</translation>
    </message>
    <message>
      <source>Search notices, decisions and the issue wall (Ctrl+F)</source>
      <translation>搜索公开事项、四议两公开和问题墙（Ctrl+F）</translation>
    </message>
    <message>
      <source>Posted</source>
      <translation>公开</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Objections</source>
      <translation>异议</translation>
    </message>
    <message>
      <source>All categories</source>
      <translation>全部类别</translation>
    </message>
    <message>
      <source>Quarter</source>
      <translation>季度</translation>
    </message>
    <message>
      <source>Income</source>
      <translation>收入</translation>
    </message>
    <message>
      <source>Expense</source>
      <translation>支出</translation>
    </message>
    <message>
      <source>Closing balance</source>
      <translation>期末余额</translation>
    </message>
    <message>
      <source>Disclosure</source>
      <translation>公开状态</translation>
    </message>
    <message>
      <source>Matter</source>
      <translation>事项</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>提议来源</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>开始日期</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>步骤</translation>
    </message>
    <message>
      <source>Raised</source>
      <translation>收集</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>责任人</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>办理期限</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Addressed to</source>
      <translation>发往</translation>
    </message>
    <message>
      <source>Posted here</source>
      <translation>本村已张贴</translation>
    </message>
    <message>
      <source>Notices</source>
      <translation>公开事项</translation>
    </message>
    <message>
      <source>Finance</source>
      <translation>财务公开</translation>
    </message>
    <message>
      <source>Four-two procedure</source>
      <translation>四议两公开</translation>
    </message>
    <message>
      <source>Issue wall</source>
      <translation>问题墙</translation>
    </message>
    <message>
      <source>Town circulars</source>
      <translation>镇通知</translation>
    </message>
    <message>
      <source>No notices yet. Click New to write the first one.</source>
      <translation>还没有公开事项。点击“新建”添加第一条。</translation>
    </message>
    <message>
      <source>no notice yet</source>
      <translation>未生成公开</translation>
    </message>
    <message>
      <source>No finance disclosure yet. Click New to enter a quarter.</source>
      <translation>还没有财务公开。点击“新建”录入一个季度。</translation>
    </message>
    <message>
      <source>not started</source>
      <translation>未开始</translation>
    </message>
    <message>
      <source>No matters yet. Click New to start one.</source>
      <translation>还没有四议两公开事项。点击“新建”开始。</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <source>No problems recorded yet. Click New to add one.</source>
      <translation>还没有登记问题。点击“新建”登记第一条。</translation>
    </message>
    <message>
      <source>all villages</source>
      <translation>全部村</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <source>No circulars from the town.</source>
      <translation>还没有镇里发来的通知。</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Basis</source>
      <translation>公开依据</translation>
    </message>
    <message>
      <source>Catalogue item</source>
      <translation>目录事项</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>审核</translation>
    </message>
    <message>
      <source>Publicity until</source>
      <translation>公示截止</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>附件</translation>
    </message>
    <message>
      <source>Corrects</source>
      <translation>更正的是</translation>
    </message>
    <message>
      <source>Corrected by</source>
      <translation>已被更正为</translation>
    </message>
    <message>
      <source>not answered</source>
      <translation>未答复</translation>
    </message>
    <message>
      <source>Objection</source>
      <translation>异议</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>修改</translation>
    </message>
    <message>
      <source>Send to supervision review</source>
      <translation>送监委会审核</translation>
    </message>
    <message>
      <source>Delete draft</source>
      <translation>删除草稿</translation>
    </message>
    <message>
      <source>Record review</source>
      <translation>登记监委会审核</translation>
    </message>
    <message>
      <source>Post on the board</source>
      <translation>张贴公开</translation>
    </message>
    <message>
      <source>Record objection</source>
      <translation>登记异议</translation>
    </message>
    <message>
      <source>Answer objection of {0}</source>
      <translation>答复{0}的异议</translation>
    </message>
    <message>
      <source>Archive</source>
      <translation>归档</translation>
    </message>
    <message>
      <source>Correct (new notice)</source>
      <translation>更正（发布新公开）</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>草稿</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>通过</translation>
    </message>
    <message>
      <source>Ended</source>
      <translation>期满</translation>
    </message>
    <message>
      <source>Archived</source>
      <translation>归档</translation>
    </message>
    <message>
      <source>Delete the draft “{0}”?</source>
      <translation>删除草稿“{0}”？</translation>
    </message>
    <message>
      <source>Approve</source>
      <translation>同意公开</translation>
    </message>
    <message>
      <source>Send back to draft</source>
      <translation>退回修改</translation>
    </message>
    <message>
      <source>Supervision committee review</source>
      <translation>村务监督委员会审核</translation>
    </message>
    <message>
      <source>Reviewer</source>
      <translation>审核人</translation>
    </message>
    <message>
      <source>Opinion</source>
      <translation>审核意见</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>审核结论</translation>
    </message>
    <message>
      <source>Posting date</source>
      <translation>公开日期</translation>
    </message>
    <message>
      <source>Publicity days</source>
      <translation>公示天数</translation>
    </message>
    <message>
      <source>Board</source>
      <translation>公开地点</translation>
    </message>
    <message>
      <source>Raised by</source>
      <translation>反映人</translation>
    </message>
    <message>
      <source>Answer objection</source>
      <translation>答复异议</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>答复内容</translation>
    </message>
    <message>
      <source>Answered by</source>
      <translation>答复人</translation>
    </message>
    <message>
      <source>{0} Q{1} finance</source>
      <translation>{0}年第{1}季度财务</translation>
    </message>
    <message>
      <source>Opening balance</source>
      <translation>期初余额</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>收支明细</translation>
    </message>
    <message>
      <source>Finance review group</source>
      <translation>民主理财小组</translation>
    </message>
    <message>
      <source>Notice</source>
      <translation>公开事项</translation>
    </message>
    <message>
      <source>Edit figures</source>
      <translation>修改数字</translation>
    </message>
    <message>
      <source>Make the finance notice</source>
      <translation>生成财务公开事项</translation>
    </message>
    <message>
      <source>Open the notice</source>
      <translation>打开公开事项</translation>
    </message>
    <message>
      <source>Finance {0} Q{1}</source>
      <translation>{0}年第{1}季度财务公开</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Record step {0}: {1}</source>
      <translation>登记第{0}步：{1}</translation>
    </message>
    <message>
      <source>Print register</source>
      <translation>打印记录</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>形式</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>应到人数</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>实到人数</translation>
    </message>
    <message>
      <source>Approving</source>
      <translation>同意人数</translation>
    </message>
    <message>
      <source>Merged with step 2</source>
      <translation>与第2步合并</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Remarks</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Four-two procedure: step {0}</source>
      <translation>四议两公开：第{0}步</translation>
    </message>
    <message>
      <source>Measures</source>
      <translation>办理措施</translation>
    </message>
    <message>
      <source>Feedback</source>
      <translation>办理结果</translation>
    </message>
    <message>
      <source>On the response wall</source>
      <translation>上回音壁</translation>
    </message>
    <message>
      <source>Assigned</source>
      <translation>办理</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>已反馈</translation>
    </message>
    <message>
      <source>Assign</source>
      <translation>分派办理</translation>
    </message>
    <message>
      <source>Record feedback</source>
      <translation>登记办理结果</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>办理结果</translation>
    </message>
    <message>
      <source>Post on the response wall</source>
      <translation>上回音壁</translation>
    </message>
    <message>
      <source>Post on our board</source>
      <translation>在本村张贴</translation>
    </message>
    <message>
      <source>New matter</source>
      <translation>新建事项</translation>
    </message>
    <message>
      <source>New problem</source>
      <translation>登记问题</translation>
    </message>
    <message>
      <source>Four-two register</source>
      <translation>四议两公开记录</translation>
    </message>
    <message>
      <source>Issue and response wall</source>
      <translation>问题墙·回音壁</translation>
    </message>
    <message>
      <source>Nothing found.</source>
      <translation>没有找到。</translation>
    </message>
  </context>
  <context>
    <name>CaseDetail</name>
    <message>
      <source>Select a case in the table to see its dossier.</source>
      <translation>在左侧表格中选择一个案件，查看其卷宗。</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>案件来源</translation>
    </message>
    <message>
      <source>Dispute type</source>
      <translation>纠纷类型</translation>
    </message>
    <message>
      <source>Parties</source>
      <translation>当事人</translation>
    </message>
    <message>
      <source>Mediators</source>
      <translation>调解员</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>简要案情</translation>
    </message>
    <message>
      <source>Amount involved</source>
      <translation>涉及金额</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>受理日期</translation>
    </message>
    <message>
      <source>Settle by</source>
      <translation>调结期限</translation>
    </message>
    <message>
      <source>Double-click a paper to preview and print it</source>
      <translation>双击文书可预览和打印</translation>
    </message>
    <message>
      <source>Papers</source>
      <translation>卷内文书</translation>
    </message>
    <message>
      <source>History</source>
      <translation>办理过程</translation>
    </message>
  </context>
  <context>
    <name>CaseTableModel</name>
    <message>
      <source>Dossier no.</source>
      <translation>卷号</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>纠纷类型</translation>
    </message>
    <message>
      <source>Parties</source>
      <translation>当事人</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>受理日期</translation>
    </message>
    <message>
      <source>Due (30 days)</source>
      <translation>调结期限（30天）</translation>
    </message>
    <message>
      <source>Flags</source>
      <translation>提示</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>已超期</translation>
    </message>
    <message>
      <source>due soon</source>
      <translation>即将到期</translation>
    </message>
    <message>
      <source>follow-up due</source>
      <translation>待回访</translation>
    </message>
    <message>
      <source>escalated</source>
      <translation>已上报镇</translation>
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
    <name>ChartPanel</name>
    <message>
      <source>Chart:</source>
      <extracomment>Chart choices that are not one column per village. The figures table never takes more than this; more villages scroll inside it.</extracomment>
      <translation>图表：</translation>
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
    <name>DetailPane</name>
    <message>
      <source>Select an entry to see its details.</source>
      <translation>在表格中选择一条记录查看详情。</translation>
    </message>
  </context>
  <context>
    <name>DrillDown</name>
    <message>
      <source>Click a figure to see the village's records.</source>
      <translation>点击上方的数字，查看该村的记录。</translation>
    </message>
  </context>
  <context>
    <name>FinanceDialog</name>
    <message>
      <source>Quarterly finance disclosure</source>
      <translation>季度财务收支公开</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>项目</translation>
    </message>
    <message>
      <source>Amount (yuan)</source>
      <translation>金额（元）</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Add line</source>
      <translation>添加一行</translation>
    </message>
    <message>
      <source>Remove line</source>
      <translation>删除一行</translation>
    </message>
    <message>
      <source>Year / quarter</source>
      <translation>年份／季度</translation>
    </message>
    <message>
      <source>Opening balance (yuan)</source>
      <translation>期初余额（元）</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>收支明细</translation>
    </message>
    <message>
      <source>Closing balance (yuan)</source>
      <translation>期末余额（元）</translation>
    </message>
    <message>
      <source>Finance review group opinion</source>
      <translation>民主理财小组意见</translation>
    </message>
    <message>
      <source>Finance review group members</source>
      <translation>民主理财小组成员</translation>
    </message>
    <message>
      <source>Prepared by</source>
      <translation>制表人</translation>
    </message>
    <message>
      <source>Opening + income − expense = {0} yuan</source>
      <translation>期初＋收入－支出＝{0}元</translation>
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
    <name>HouseholdRecordDialog</name>
    <message>
      <source>Household record: {0} {1}</source>
      <translation>户档案：{0} {1}</translation>
    </message>
    <message>
      <source>{0}: {1} stars ({2})</source>
      <translation>{0}年度{1}星（{2}）</translation>
    </message>
    <message>
      <source>not rated</source>
      <translation>未评定</translation>
    </message>
    <message>
      <source>Group {0} · stars {1} · points balance {2} · board entries {3} · good deeds {4} · awards {5}</source>
      <translation>第{0}组 · 星级：{1} · 积分余额：{2} · 红黑榜记录{3}条 · 善行义举{4}条 · 奖励{5}项</translation>
    </message>
    <message>
      <source>Stars</source>
      <translation>星级</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>积分</translation>
    </message>
    <message>
      <source>Red list</source>
      <translation>红榜</translation>
    </message>
    <message>
      <source>Black list</source>
      <translation>黑榜</translation>
    </message>
    <message>
      <source>Good deed</source>
      <translation>善行义举</translation>
    </message>
    <message>
      <source>Award</source>
      <translation>奖励</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>What</source>
      <translation>内容</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Home</source>
      <extracomment>``(module under gui/pages, class)`` of every page. A page module (and the services, reportlab or openpyxl it pulls in) is imported only when its page is first shown, so start-up pays for the home page alone.</extracomment>
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
      <source>Villages</source>
      <translation>各村同步</translation>
    </message>
    <message>
      <source>Across villages</source>
      <translation>全镇汇总</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Sanzhi · {name}</source>
      <extracomment>Emitted once, right after the window's first paint: work that can wait until the clerk sees the window (the day's automatic backup) connects here.</extracomment>
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
      <source>To do: {count}</source>
      <translation>待办：{count}</translation>
    </message>
  </context>
  <context>
    <name>MediationCaseDialog</name>
    <message>
      <source>Register a mediation case</source>
      <translation>登记调解案件</translation>
    </message>
    <message>
      <source>= number of parties</source>
      <translation>= 当事人人数</translation>
    </message>
    <message>
      <source>Risk of turning criminal (防止民转刑)</source>
      <translation>有民转刑风险（防止民转刑）</translation>
    </message>
    <message>
      <source>Risk of a mass petition (防止群体性上访)</source>
      <translation>有群体性上访风险（防止群体性上访）</translation>
    </message>
    <message>
      <source>Add villager</source>
      <translation>添加村民</translation>
    </message>
    <message>
      <source>Name of outsider or organisation</source>
      <translation>外村人员或单位名称</translation>
    </message>
    <message>
      <source>Representative (organisations)</source>
      <translation>法定代表人（单位）</translation>
    </message>
    <message>
      <source>Add outsider</source>
      <translation>添加外村人员</translation>
    </message>
    <message>
      <source>Add organisation</source>
      <translation>添加单位</translation>
    </message>
    <message>
      <source>Remove selected</source>
      <translation>移除选中</translation>
    </message>
    <message>
      <source>Registered on</source>
      <translation>登记日期</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>案件来源</translation>
    </message>
    <message>
      <source>Dispute type</source>
      <translation>纠纷类型</translation>
    </message>
    <message>
      <source>Parties</source>
      <translation>当事人</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>简要案情</translation>
    </message>
    <message>
      <source>Amount involved (yuan)</source>
      <translation>涉及金额（元）</translation>
    </message>
    <message>
      <source>People involved</source>
      <translation>涉及人数</translation>
    </message>
    <message>
      <source>Mediators</source>
      <translation>调解员</translation>
    </message>
    <message>
      <source>villager</source>
      <translation>本村村民</translation>
    </message>
    <message>
      <source>outsider</source>
      <translation>外村人员</translation>
    </message>
    <message>
      <source>organisation</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Choose a villager from the list.</source>
      <translation>请从列表中选择村民。</translation>
    </message>
    <message>
      <source>Enter the name first.</source>
      <translation>请先填写名称。</translation>
    </message>
    <message>
      <source>Enter the amount in yuan, e.g. 1200.50</source>
      <translation>请以元为单位填写金额，如1200.50</translation>
    </message>
  </context>
  <context>
    <name>MediationPage</name>
    <message>
      <source>Mediation</source>
      <translation>人民调解</translation>
    </message>
    <message>
      <source>Register case</source>
      <translation>登记案件</translation>
    </message>
    <message>
      <source>Register a new dispute (Ctrl+N)</source>
      <translation>登记新的纠纷（Ctrl+N）</translation>
    </message>
    <message>
      <source>Committee</source>
      <translation>调委会成员</translation>
    </message>
    <message>
      <source>Monthly report</source>
      <translation>月报表</translation>
    </message>
    <message>
      <source>Print dossier</source>
      <translation>打印卷宗</translation>
    </message>
    <message>
      <source>Export .xlsx</source>
      <translation>导出Excel</translation>
    </message>
    <message>
      <source>Save the cases listed (search and filters applied) as .xlsx</source>
      <translation>把列出的案件（按当前搜索和筛选）保存为Excel文件（.xlsx）</translation>
    </message>
    <message>
      <source>Search dossier no., party, type, summary</source>
      <translation>搜索卷号、当事人、纠纷类型、案情</translation>
    </message>
    <message>
      <source>All cases</source>
      <translation>全部案件</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>未归档</translation>
    </message>
    <message>
      <source>Running (30-day limit)</source>
      <translation>办理中（30天期限）</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>待回访</translation>
    </message>
    <message>
      <source>Archived</source>
      <translation>已归档</translation>
    </message>
    <message>
      <source>No mediation case yet. Click “Register case” to record the first dispute.</source>
      <translation>还没有调解案件。点击“登记案件”登记第一起纠纷。</translation>
    </message>
    <message>
      <source>Mediation cases</source>
      <translation>调解案件</translation>
    </message>
    <message>
      <source>Escalated mediation cases</source>
      <translation>各村上报的调解案件</translation>
    </message>
    <message>
      <source>All years</source>
      <translation>全部年度</translation>
    </message>
    <message>
      <source>{0} cases</source>
      <translation>共{0}件</translation>
    </message>
    <message>
      <source>From village {0}: read-only here.</source>
      <translation>来自村{0}，此处只能查看。</translation>
    </message>
    <message>
      <source> · awaiting the town's reply</source>
      <translation> · 等待镇里答复</translation>
    </message>
    <message>
      <source>Intake register</source>
      <translation>受理登记表</translation>
    </message>
    <message>
      <source>Accept</source>
      <translation>受理</translation>
    </message>
    <message>
      <source>Refuse</source>
      <translation>不予受理</translation>
    </message>
    <message>
      <source>Refer</source>
      <translation>移交</translation>
    </message>
    <message>
      <source>Rights notice given</source>
      <translation>权利义务告知</translation>
    </message>
    <message>
      <source>Investigation record</source>
      <translation>调查记录</translation>
    </message>
    <message>
      <source>Session record</source>
      <translation>调解记录</translation>
    </message>
    <message>
      <source>Agreement reached</source>
      <translation>达成协议</translation>
    </message>
    <message>
      <source>Terminate</source>
      <translation>终止调解</translation>
    </message>
    <message>
      <source>Follow-up visit</source>
      <translation>回访</translation>
    </message>
    <message>
      <source>Performed</source>
      <translation>已履行</translation>
    </message>
    <message>
      <source>Not performed</source>
      <translation>未履行</translation>
    </message>
    <message>
      <source>Judicial confirmation</source>
      <translation>司法确认</translation>
    </message>
    <message>
      <source>Archive</source>
      <translation>归档</translation>
    </message>
    <message>
      <source>Escalate to town</source>
      <translation>上报镇</translation>
    </message>
    <message>
      <source>Reply</source>
      <translation>答复</translation>
    </message>
    <message>
      <source>Edit details</source>
      <translation>修改信息</translation>
    </message>
    <message>
      <source>Print agreement</source>
      <translation>打印协议书</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Accept the case</source>
      <translation>受理案件</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Refuse the case</source>
      <translation>不予受理</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <source>Refer the case</source>
      <translation>移交案件</translation>
    </message>
    <message>
      <source>Referred to</source>
      <translation>移交单位</translation>
    </message>
    <message>
      <source>Manner</source>
      <translation>告知方式</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>Investigator</source>
      <translation>调查人</translation>
    </message>
    <message>
      <source>Person questioned</source>
      <translation>被调查人</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>参加人员</translation>
    </message>
    <message>
      <source>Statements and course</source>
      <translation>当事人陈述及调解经过</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>调解结果</translation>
    </message>
    <message>
      <source>Written agreement</source>
      <translation>书面协议</translation>
    </message>
    <message>
      <source>Oral agreement</source>
      <translation>口头协议</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>协议形式</translation>
    </message>
    <message>
      <source>Facts, matters and responsibilities</source>
      <translation>纠纷事实、争议事项及责任</translation>
    </message>
    <message>
      <source>Terms (one per line)</source>
      <translation>协议内容（每行一条）</translation>
    </message>
    <message>
      <source>One term per line; they are numbered when printed</source>
      <translation>每行一条，打印时自动编号</translation>
    </message>
    <message>
      <source>Manner of performance</source>
      <translation>履行方式</translation>
    </message>
    <message>
      <source>Place of performance</source>
      <translation>履行地点</translation>
    </message>
    <message>
      <source>Perform by</source>
      <translation>履行期限</translation>
    </message>
    <message>
      <source>Copies</source>
      <translation>份数</translation>
    </message>
    <message>
      <source>Recorder</source>
      <translation>记录人</translation>
    </message>
    <message>
      <source>Terminate the mediation</source>
      <translation>终止调解</translation>
    </message>
    <message>
      <source>Routes explained</source>
      <translation>已告知的途径</translation>
    </message>
    <message>
      <source>Visitor</source>
      <translation>回访人</translation>
    </message>
    <message>
      <source>Performance</source>
      <translation>履行情况</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>满意程度</translation>
    </message>
    <message>
      <source>Remaining risk</source>
      <translation>遗留问题及风险</translation>
    </message>
    <message>
      <source>Measures</source>
      <translation>采取的措施</translation>
    </message>
    <message>
      <source>Next visit</source>
      <translation>下次回访</translation>
    </message>
    <message>
      <source>Agreement performed</source>
      <translation>协议已履行</translation>
    </message>
    <message>
      <source>Agreement not performed</source>
      <translation>协议未履行</translation>
    </message>
    <message>
      <source>Court</source>
      <translation>人民法院</translation>
    </message>
    <message>
      <source>Ruling no.</source>
      <translation>裁定书文号</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Archive with closing report</source>
      <translation>结案归档</translation>
    </message>
    <message>
      <source>Closing summary</source>
      <translation>结案情况</translation>
    </message>
    <message>
      <source>Escalate to the town</source>
      <translation>上报镇</translation>
    </message>
    <message>
      <source>Reply to the village</source>
      <translation>答复村</translation>
    </message>
    <message>
      <source>Edit case details</source>
      <translation>修改案件信息</translation>
    </message>
    <message>
      <source>Dispute type</source>
      <translation>纠纷类型</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>简要案情</translation>
    </message>
    <message>
      <source>Amount (yuan)</source>
      <translation>涉及金额（元）</translation>
    </message>
    <message>
      <source>People involved</source>
      <translation>涉及人数</translation>
    </message>
    <message>
      <source>none yet</source>
      <translation>暂无</translation>
    </message>
    <message>
      <source>Add a committee member</source>
      <translation>添加调委会成员</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>职务</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Members now: {0}</source>
      <translation>现有成员：{0}</translation>
    </message>
    <message>
      <source>Mediation agreement</source>
      <translation>人民调解协议书</translation>
    </message>
    <message>
      <source>Dossier</source>
      <translation>卷宗</translation>
    </message>
  </context>
  <context>
    <name>MediationReportDialog</name>
    <message>
      <source>Monthly mediation report</source>
      <translation>人民调解月报表</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>查看</translation>
    </message>
    <message>
      <source>Preview / print PDF</source>
      <translation>预览/打印PDF</translation>
    </message>
    <message>
      <source>Save .xlsx</source>
      <translation>保存为.xlsx</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <source>Cases received by type, {0}</source>
      <translation>{0}按纠纷类型受理件数</translation>
    </message>
    <message>
      <source>Figure</source>
      <translation>项目</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>数值</translation>
    </message>
    <message>
      <source>Dispute type</source>
      <translation>纠纷类型</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>受理</translation>
    </message>
    <message>
      <source>Settled</source>
      <translation>调解成功</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
  </context>
  <context>
    <name>NoticeDialog</name>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Basis</source>
      <translation>公开依据</translation>
    </message>
    <message>
      <source>Catalogue item</source>
      <translation>目录事项</translation>
    </message>
    <message>
      <source>Period (e.g. 2026Q3)</source>
      <translation>所属期间（如2026Q3）</translation>
    </message>
    <message>
      <source>Publicity days</source>
      <translation>公示天数</translation>
    </message>
    <message>
      <source>Attached files (one per line)</source>
      <translation>附件文件名（每行一个）</translation>
    </message>
    <message>
      <source>Edit notice</source>
      <translation>修改公开事项</translation>
    </message>
    <message>
      <source>New notice</source>
      <translation>新建公开事项</translation>
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
    <message>
      <source>Names in full</source>
      <translation>姓名完整显示</translation>
    </message>
    <message>
      <source>Print anyway?</source>
      <translation>仍然打印吗？</translation>
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
      <source>Household record…</source>
      <translation>户档案…</translation>
    </message>
    <message>
      <source>Stars, points, board entries and awards of this household over time</source>
      <translation>这一户历年的星级、积分、上榜和奖励</translation>
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
    <name>RedBlackPage</name>
    <message>
      <source>Red/black board</source>
      <translation>红黑榜</translation>
    </message>
    <message>
      <source>New entry</source>
      <translation>新建</translation>
    </message>
    <message>
      <source>Report a red or black entry (Ctrl+N)</source>
      <translation>登记一条红榜或黑榜记录（Ctrl+N）</translation>
    </message>
    <message>
      <source>Print board</source>
      <translation>打印</translation>
    </message>
    <message>
      <source>Print the board of the month chosen in the filter (Ctrl+P)</source>
      <translation>打印所选月份的红黑榜（Ctrl+P）</translation>
    </message>
    <message>
      <source>Export .xlsx</source>
      <translation>导出Excel</translation>
    </message>
    <message>
      <source>Save the table of this tab as .xlsx</source>
      <translation>把本页签的表格保存为Excel文件（.xlsx）</translation>
    </message>
    <message>
      <source>More</source>
      <translation>更多</translation>
    </message>
    <message>
      <source>Take down entries whose stay has ended</source>
      <translation>上榜期已满的一律下榜</translation>
    </message>
    <message>
      <source>Print black-board names in full</source>
      <translation>黑榜姓名完整打印（不打码）</translation>
    </message>
    <message>
      <source>Good deeds</source>
      <translation>善行义举榜</translation>
    </message>
    <message>
      <source>Village rules</source>
      <translation>村规民约</translation>
    </message>
    <message>
      <source>Red and black</source>
      <translation>红榜和黑榜</translation>
    </message>
    <message>
      <source>Red list</source>
      <translation>红榜</translation>
    </message>
    <message>
      <source>Black list</source>
      <translation>黑榜</translation>
    </message>
    <message>
      <source>Search name, category, text</source>
      <translation>搜索姓名、类别、内容</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <source>List</source>
      <translation>榜别</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>村民小组</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Deed / problem</source>
      <translation>事迹/问题</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Reported</source>
      <translation>登记</translation>
    </message>
    <message>
      <source>Verify…</source>
      <translation>核实…</translation>
    </message>
    <message>
      <source>Council review…</source>
      <translation>道德评议会评议…</translation>
    </message>
    <message>
      <source>Post on a month's board…</source>
      <translation>上榜…</translation>
    </message>
    <message>
      <source>Rectified…</source>
      <translation>登记整改…</translation>
    </message>
    <message>
      <source>Stay ended</source>
      <translation>到期下榜</translation>
    </message>
    <message>
      <source>Take down…</source>
      <translation>撤榜…</translation>
    </message>
    <message>
      <source>Objection upheld…</source>
      <translation>异议成立，撤销…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>修改…</translation>
    </message>
    <message>
      <source>Virtue</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Deed</source>
      <translation>事迹</translation>
    </message>
    <message>
      <source>Nominated by</source>
      <translation>推荐方式</translation>
    </message>
    <message>
      <source>Nominate…</source>
      <translation>推荐…</translation>
    </message>
    <message>
      <source>Review…</source>
      <translation>评议…</translation>
    </message>
    <message>
      <source>Post…</source>
      <translation>上榜…</translation>
    </message>
    <message>
      <source>Print the month's good deeds</source>
      <translation>打印本月善行义举榜</translation>
    </message>
    <message>
      <source>Clause</source>
      <translation>条款</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>条文</translation>
    </message>
    <message>
      <source>New version…</source>
      <translation>新建版本…</translation>
    </message>
    <message>
      <source>Revise (copy)…</source>
      <translation>修订（复制）…</translation>
    </message>
    <message>
      <source>Review and dates…</source>
      <translation>审查与日期…</translation>
    </message>
    <message>
      <source>Put in force</source>
      <translation>公布施行</translation>
    </message>
    <message>
      <source>Add clause…</source>
      <translation>添加条款…</translation>
    </message>
    <message>
      <source>Edit clause…</source>
      <translation>修改条款…</translation>
    </message>
    <message>
      <source>Delete clause</source>
      <translation>删除条款</translation>
    </message>
    <message>
      <source>All months</source>
      <translation>全部月份</translation>
    </message>
    <message>
      <source>Verified</source>
      <translation>核实</translation>
    </message>
    <message>
      <source>Reviewed</source>
      <translation>评议</translation>
    </message>
    <message>
      <source>Posted</source>
      <translation>上榜</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>整改/到期</translation>
    </message>
    <message>
      <source>Removed</source>
      <translation>撤榜</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>证据材料</translation>
    </message>
    <message>
      <source>Rectification</source>
      <translation>整改要求</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>整改期限</translation>
    </message>
    <message>
      <source>Council</source>
      <translation>道德评议会</translation>
    </message>
    <message>
      <source>Opinion</source>
      <translation>评议意见</translation>
    </message>
    <message>
      <source>Board month</source>
      <translation>上榜月份</translation>
    </message>
    <message>
      <source>On the board until</source>
      <translation>上榜至</translation>
    </message>
    <message>
      <source>Rectified / ended</source>
      <translation>整改/到期日期</translation>
    </message>
    <message>
      <source>Objection</source>
      <translation>异议</translation>
    </message>
    <message>
      <source>Taken down</source>
      <translation>撤榜</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>户</translation>
    </message>
    <message>
      <source>Clause broken (black)</source>
      <translation>违反条款（黑榜）</translation>
    </message>
    <message>
      <source>Rectification required (black)</source>
      <translation>整改要求（黑榜）</translation>
    </message>
    <message>
      <source>Deadline (black)</source>
      <translation>整改期限（黑榜）</translation>
    </message>
    <message>
      <source>Reported on</source>
      <translation>登记日期</translation>
    </message>
    <message>
      <source>New red/black entry</source>
      <translation>新建红黑榜记录</translation>
    </message>
    <message>
      <source>Edit entry</source>
      <translation>修改记录</translation>
    </message>
    <message>
      <source>Verify</source>
      <translation>核实</translation>
    </message>
    <message>
      <source>Verified on</source>
      <translation>核实日期</translation>
    </message>
    <message>
      <source>Verified by</source>
      <translation>核实人</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>核实情况</translation>
    </message>
    <message>
      <source>Council review</source>
      <translation>道德评议会评议</translation>
    </message>
    <message>
      <source>Review date</source>
      <translation>评议日期</translation>
    </message>
    <message>
      <source>Council members present</source>
      <translation>参加评议人员</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>评议结论</translation>
    </message>
    <message>
      <source>Approve posting</source>
      <translation>同意上榜</translation>
    </message>
    <message>
      <source>Reject</source>
      <translation>不同意</translation>
    </message>
    <message>
      <source>Post on the board</source>
      <translation>上榜</translation>
    </message>
    <message>
      <source>Posted on</source>
      <translation>上榜日期</translation>
    </message>
    <message>
      <source>Rectified</source>
      <translation>整改到位</translation>
    </message>
    <message>
      <source>Rectified on</source>
      <translation>整改日期</translation>
    </message>
    <message>
      <source>How it was checked</source>
      <translation>验收情况</translation>
    </message>
    <message>
      <source>Take down</source>
      <translation>撤榜</translation>
    </message>
    <message>
      <source>Taken down on</source>
      <translation>撤榜日期</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Objection upheld: remove the entry</source>
      <translation>异议成立：撤销这条记录</translation>
    </message>
    <message>
      <source>Finding (why it is false)</source>
      <translation>核查结论（为何不实）</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>{0} entries taken off the board.</source>
      <translation>已有{0}条记录到期下榜。</translation>
    </message>
    <message>
      <source>Nominator</source>
      <translation>推荐人</translation>
    </message>
    <message>
      <source>Nominated on</source>
      <translation>推荐日期</translation>
    </message>
    <message>
      <source>Nominate a good deed</source>
      <translation>推荐善行义举</translation>
    </message>
    <message>
      <source>Shown false</source>
      <translation>经查不实</translation>
    </message>
    <message>
      <source>The deed was shown to be false</source>
      <translation>事迹经核查不属实</translation>
    </message>
    <message>
      <source>No village rules yet. Click New version.</source>
      <translation>还没有村规民约。点击“新建版本”添加。</translation>
    </message>
    <message>
      <source>{0} · {1} · legality review {2} {3} · adopted {4}</source>
      <translation>{0} · {1} · 合法性审查 {2} {3} · 通过 {4}</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Legality review date</source>
      <translation>合法性审查日期</translation>
    </message>
    <message>
      <source>Review result</source>
      <translation>审查结果</translation>
    </message>
    <message>
      <source>Adopted by the villagers' meeting on</source>
      <translation>村民会议通过日期</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>New version</source>
      <translation>新建版本</translation>
    </message>
    <message>
      <source>Review and dates</source>
      <translation>审查与日期</translation>
    </message>
    <message>
      <source>Revise (copy)</source>
      <translation>修订（复制）</translation>
    </message>
    <message>
      <source>Title of the new version</source>
      <translation>新版本名称</translation>
    </message>
    <message>
      <source>Clause number</source>
      <translation>条号</translation>
    </message>
    <message>
      <source>Add clause</source>
      <translation>添加条款</translation>
    </message>
    <message>
      <source>Edit clause</source>
      <translation>修改条款</translation>
    </message>
    <message>
      <source>Delete {0}: {1}?</source>
      <translation>删除{0}：{1}？</translation>
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
    <message>
      <source>Backups</source>
      <translation>备份</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>立即备份</translation>
    </message>
    <message>
      <source>Back up to USB…</source>
      <translation>备份到U盘…</translation>
    </message>
    <message>
      <source>Restore from a backup…</source>
      <translation>从备份恢复…</translation>
    </message>
    <message>
      <source>No backup yet. Copies are kept in {folder}.</source>
      <translation>还没有备份。备份保存在 {folder}。</translation>
    </message>
    <message>
      <source>Newest backup: {when}. A copy is made every day at start-up; 14 daily and 12 monthly copies are kept in {folder}.</source>
      <translation>最新备份：{when}。每天启动时自动备份一次；在 {folder} 中保留最近14天和最近12个月的备份。</translation>
    </message>
    <message>
      <source>Backed up</source>
      <translation>已备份</translation>
    </message>
    <message>
      <source>Backed up and verified: {path}</source>
      <translation>已备份并校验：{path}</translation>
    </message>
    <message>
      <source>Backing up…</source>
      <translation>正在备份…</translation>
    </message>
    <message>
      <source>Choose the USB drive or folder</source>
      <translation>选择U盘或文件夹</translation>
    </message>
    <message>
      <source>Restore from a backup</source>
      <translation>从备份恢复</translation>
    </message>
    <message>
      <source>Replace everything in the data file of {current} with this backup?

{backup}

Records entered after the backup was taken will no longer be shown; the current file is backed up first.</source>
      <translation>用这份备份替换{current}数据文件里的全部内容吗？

{backup}

备份之后录入的记录将不再显示；替换前会先备份当前文件。</translation>
    </message>
    <message>
      <source>Restored</source>
      <translation>已恢复</translation>
    </message>
    <message>
      <source>Restored the backup of {when}. The file before it was kept as {copy}.</source>
      <translation>已恢复{when}的备份。恢复前的文件已保存为 {copy}。</translation>
    </message>
    <message>
      <source>Restoring…</source>
      <translation>正在恢复…</translation>
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
      <source>Household record…</source>
      <translation>户档案…</translation>
    </message>
    <message>
      <source>Export .xlsx</source>
      <translation>导出Excel</translation>
    </message>
    <message>
      <source>Save the table of this tab as .xlsx</source>
      <translation>把本页签的表格保存为Excel文件（.xlsx）</translation>
    </message>
    <message>
      <source>Ten-star households</source>
      <translation>十星级文明户</translation>
    </message>
    <message>
      <source>Household points</source>
      <translation>户积分</translation>
    </message>
    <message>
      <source>Awards and titles</source>
      <translation>奖励与荣誉</translation>
    </message>
    <message>
      <source>Rate a household…</source>
      <translation>评定…</translation>
    </message>
    <message>
      <source>Award plaque</source>
      <translation>授牌</translation>
    </message>
    <message>
      <source>Take a star away…</source>
      <translation>摘星…</translation>
    </message>
    <message>
      <source>Revoke plaque…</source>
      <translation>摘牌…</translation>
    </message>
    <message>
      <source>Print star list</source>
      <translation>打印星级户名单</translation>
    </message>
    <message>
      <source>Cycle</source>
      <translation>评定年度</translation>
    </message>
    <message>
      <source>Household no.</source>
      <translation>户号</translation>
    </message>
    <message>
      <source>Head</source>
      <translation>户主</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>村民小组</translation>
    </message>
    <message>
      <source>Stars</source>
      <translation>星级</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Stars held / reason</source>
      <translation>所获星目/原因</translation>
    </message>
    <message>
      <source>Quarter {0}</source>
      <translation>第{0}季度</translation>
    </message>
    <message>
      <source>Add points…</source>
      <translation>记分…</translation>
    </message>
    <message>
      <source>Redeem at the store…</source>
      <translation>积分兑换…</translation>
    </message>
    <message>
      <source>Print quarter sheet</source>
      <translation>打印季度公示</translation>
    </message>
    <message>
      <source>Year-end reset…</source>
      <translation>年终清零…</translation>
    </message>
    <message>
      <source>Earned</source>
      <translation>本季加分</translation>
    </message>
    <message>
      <source>Deducted</source>
      <translation>本季扣分</translation>
    </message>
    <message>
      <source>Redeemed</source>
      <translation>本季兑换</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>余额</translation>
    </message>
    <message>
      <source>New award…</source>
      <translation>新增奖励…</translation>
    </message>
    <message>
      <source>Delete award</source>
      <translation>删除奖励</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Award / title</source>
      <translation>奖励/称号</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>审批</translation>
    </message>
    <message>
      <source>Star names sent by the township</source>
      <translation>镇下发的星目</translation>
    </message>
    <message>
      <source>Default star names</source>
      <translation>默认星目</translation>
    </message>
    <message>
      <source>Points rules sent by the township</source>
      <translation>镇下发的积分规则</translation>
    </message>
    <message>
      <source>Default points rules</source>
      <translation>默认积分规则</translation>
    </message>
    <message>
      <source>{0}: {1} rules</source>
      <translation>{0}：共{1}条</translation>
    </message>
    <message>
      <source>Total paid: {0}</source>
      <translation>奖励金额合计：{0}</translation>
    </message>
    <message>
      <source>Balance: {0}</source>
      <translation>余额：{0}分</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>户</translation>
    </message>
    <message>
      <source>Rated on</source>
      <translation>评定日期</translation>
    </message>
    <message>
      <source>Stars awarded</source>
      <translation>评定星目</translation>
    </message>
    <message>
      <source>Reviewed by</source>
      <translation>评议机构</translation>
    </message>
    <message>
      <source>Disqualifying conditions</source>
      <translation>一票否决情形</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>具体情况</translation>
    </message>
    <message>
      <source>Rate a household ({0})</source>
      <translation>评定十星级文明户（{0}年度）</translation>
    </message>
    <message>
      <source>Take a star away</source>
      <translation>摘星</translation>
    </message>
    <message>
      <source>Star</source>
      <translation>星目</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Revoke plaque</source>
      <translation>摘牌</translation>
    </message>
    <message>
      <source>The household cannot be rated again for two years.</source>
      <translation>摘牌后该户两年内不得参评。</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>积分规则</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>审核人</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Add points</source>
      <translation>记分</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>兑换物品</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>积分</translation>
    </message>
    <message>
      <source>Cash top-up</source>
      <translation>补差金额</translation>
    </message>
    <message>
      <source>Redeem at the points store</source>
      <translation>积分超市兑换</translation>
    </message>
    <message>
      <source>Year-end reset</source>
      <translation>年终清零</translation>
    </message>
    <message>
      <source>Bring every household's balance to zero on 31 December {0}? The history is kept; this cannot be repeated for the same year.</source>
      <translation>将各户积分在{0}年12月31日清零吗？积分记录会保留；同一年只能清零一次。</translation>
    </message>
    <message>
      <source>Local title name</source>
      <translation>地方称号名称</translation>
    </message>
    <message>
      <source>Approved on</source>
      <translation>审批日期</translation>
    </message>
    <message>
      <source>New award</source>
      <translation>新增奖励</translation>
    </message>
    <message>
      <source>Delete {0}'s award {1} ({2})?</source>
      <translation>删除{0}的“{1}”（{2}年）？</translation>
    </message>
    <message>
      <source>Household record</source>
      <translation>户档案</translation>
    </message>
    <message>
      <source>Select a household in the table first.</source>
      <translation>请先在表格中选择一户。</translation>
    </message>
  </context>
  <context>
    <name>SyncEnrollDialog</name>
    <message>
      <source>Enrol a key card</source>
      <translation>登记密钥卡</translation>
    </message>
    <message>
      <source>{name} ({code})</source>
      <translation>{name}（{code}）</translation>
    </message>
    <message>
      <source>Read the fingerprint aloud with the other office. Enrol only if every digit matches.</source>
      <translation>请与对方单位当面逐位读出并核对指纹，每一位都一致才能登记。</translation>
    </message>
    <message>
      <source>It matches: enrol</source>
      <translation>指纹一致，登记</translation>
    </message>
  </context>
  <context>
    <name>SyncPage</name>
    <message>
      <source>{files} files: {imported} imported, {already} already imported, {refused} refused, {skipped} skipped.</source>
      <translation>共{files}个文件：已导入{imported}个，已导入过{already}个，已拒绝{refused}个，已跳过{skipped}个。</translation>
    </message>
    <message>
      <source>A refused file changed nothing; its reason is in the list below. The other files were imported on their own.</source>
      <translation>被拒绝的文件没有改动任何数据，原因见下表；其他文件照常导入。</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>同步</translation>
    </message>
    <message>
      <source>Export to drive…</source>
      <translation>导出到U盘…</translation>
    </message>
    <message>
      <source>Import files…</source>
      <translation>导入文件…</translation>
    </message>
    <message>
      <source>Import a whole drive…</source>
      <translation>导入整个U盘…</translation>
    </message>
    <message>
      <source>Save my key card…</source>
      <translation>保存本单位密钥卡…</translation>
    </message>
    <message>
      <source>Print key card…</source>
      <translation>打印密钥卡…</translation>
    </message>
    <message>
      <source>Enrol a card…</source>
      <translation>登记密钥卡…</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>This office's fingerprint</source>
      <translation>本单位指纹</translation>
    </message>
    <message>
      <source>Last import</source>
      <translation>本次结果</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Enrolled key cards</source>
      <translation>已登记的密钥卡</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Fingerprint</source>
      <translation>指纹</translation>
    </message>
    <message>
      <source>No card enrolled yet. Click “Enrol a card…” and compare the fingerprint.</source>
      <translation>还没有登记密钥卡。点击“登记密钥卡…”，并当面核对指纹。</translation>
    </message>
    <message>
      <source>Conflicts and warnings</source>
      <translation>冲突与提醒</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>What</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Kept</source>
      <translation>保留的版本</translation>
    </message>
    <message>
      <source>Other version</source>
      <translation>另一个版本</translation>
    </message>
    <message>
      <source>Changes not yet acknowledged by the town: {n}
Last export: {export}
Last import from the town: {imp}</source>
      <translation>镇里尚未确认的变更：{n}条
上次导出：{export}
上次导入镇里文件：{imp}</translation>
    </message>
    <message>
      <source>Files written: {n}</source>
      <translation>已导出文件：{n}个</translation>
    </message>
    <message>
      <source>revoked</source>
      <translation>已吊销</translation>
    </message>
    <message>
      <source>enrolled</source>
      <translation>已登记</translation>
    </message>
    <message>
      <source>two PCs use copies of one data file</source>
      <translation>两台电脑在用同一个数据文件的副本</translation>
    </message>
    <message>
      <source>imported</source>
      <translation>已导入</translation>
    </message>
    <message>
      <source>already imported</source>
      <translation>已导入过</translation>
    </message>
    <message>
      <source>refused</source>
      <translation>已拒绝</translation>
    </message>
    <message>
      <source>skipped (for another office)</source>
      <translation>已跳过（发给其他单位的）</translation>
    </message>
    <message>
      <source>exported</source>
      <translation>已导出</translation>
    </message>
    <message>
      <source>Choose the USB drive</source>
      <translation>选择U盘</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>正在导出…</translation>
    </message>
    <message>
      <source>Choose sync files</source>
      <translation>选择同步文件</translation>
    </message>
    <message>
      <source>Sync files (*.sanzhi)</source>
      <translation>同步文件 (*.sanzhi)</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>正在导入…</translation>
    </message>
    <message>
      <source>Where to save the key card</source>
      <translation>密钥卡保存到哪里</translation>
    </message>
    <message>
      <source>Key card saved</source>
      <translation>密钥卡已保存</translation>
    </message>
    <message>
      <source>Saved: {path}</source>
      <translation>已保存：{path}</translation>
    </message>
    <message>
      <source>Key card</source>
      <translation>密钥卡</translation>
    </message>
    <message>
      <source>Choose a key card</source>
      <translation>选择密钥卡</translation>
    </message>
    <message>
      <source>Key cards (*.sanzhi-card)</source>
      <translation>密钥卡 (*.sanzhi-card)</translation>
    </message>
  </context>
  <context>
    <name>TableExport</name>
    <message>
      <source>Exported {0} rows to {1}</source>
      <extracomment>More rows than this are written in the background with a progress dialog.</extracomment>
      <translation>已导出{0}行到 {1}</translation>
    </message>
    <message>
      <source>Export .xlsx</source>
      <translation>导出Excel</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>正在导出…</translation>
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
    <name>TownDashboardPage</name>
    <message>
      <source>Across villages</source>
      <translation>全镇汇总</translation>
    </message>
    <message>
      <source>Export .xlsx</source>
      <translation>导出Excel</translation>
    </message>
    <message>
      <source>Save the table of this tab as .xlsx</source>
      <translation>把本页签的表格保存为Excel文件（.xlsx）</translation>
    </message>
    <message>
      <source>Figures from the records each village sent; the Villages page shows when each file came. Click a figure to see the records behind it (read-only).</source>
      <translation>以下数字来自各村报来的记录（各村文件何时收到，见“各村同步情况”）。点击数字可查看该村的相关记录（只读）。</translation>
    </message>
    <message>
      <source>Figures</source>
      <translation>各村数字</translation>
    </message>
    <message>
      <source>All tables</source>
      <translation>全部表</translation>
    </message>
    <message>
      <source>Notices posted (last 12 months)</source>
      <translation>公开事项（近一年）</translation>
    </message>
    <message>
      <source>Finance quarters overdue</source>
      <translation>财务公开逾期（季）</translation>
    </message>
    <message>
      <source>On the red board</source>
      <translation>红榜在榜</translation>
    </message>
    <message>
      <source>On the black board</source>
      <translation>黑榜在榜</translation>
    </message>
    <message>
      <source>Star households</source>
      <translation>星级户</translation>
    </message>
    <message>
      <source>Points balance</source>
      <translation>积分合计</translation>
    </message>
    <message>
      <source>Mediation cases</source>
      <translation>调解案件</translation>
    </message>
    <message>
      <source>Cases in progress</source>
      <translation>在办案件</translation>
    </message>
    <message>
      <source>Awaiting the town's reply</source>
      <translation>待镇答复</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>Cycle {cycle}</source>
      <translation>{cycle}年度</translation>
    </message>
    <message>
      <source>Mediation cases by type (all villages)</source>
      <translation>调解案件按类型（全镇）</translation>
    </message>
    <message>
      <source>Mediation cases by state (all villages)</source>
      <translation>调解案件按状态（全镇）</translation>
    </message>
    <message>
      <source>{village}: {table} (read-only)</source>
      <translation>{village}：{table}（只读）</translation>
    </message>
    <message>
      <source>Village</source>
      <translation>村</translation>
    </message>
  </context>
  <context>
    <name>TownVillagesPage</name>
    <message>
      <source>Villages</source>
      <translation>各村同步情况</translation>
    </message>
    <message>
      <source>Export .xlsx</source>
      <translation>导出Excel</translation>
    </message>
    <message>
      <source>Flag a village as stale after (days):</source>
      <translation>超过多少天没有收到文件算过期（天）：</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <source>Village</source>
      <translation>村</translation>
    </message>
    <message>
      <source>Last file</source>
      <translation>最近文件</translation>
    </message>
    <message>
      <source>Seq</source>
      <translation>序号</translation>
    </message>
    <message>
      <source>Last received</source>
      <translation>最近收到</translation>
    </message>
    <message>
      <source>Missing files</source>
      <translation>缺少的文件序号</translation>
    </message>
    <message>
      <source>Key</source>
      <translation>密钥</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>No village enrolled yet. Enrol their key cards on the Sync page.</source>
      <translation>还没有登记任何村。请在“同步”页登记各村的密钥卡。</translation>
    </message>
    <message>
      <source>revoked</source>
      <translation>已吊销</translation>
    </message>
    <message>
      <source>valid</source>
      <translation>有效</translation>
    </message>
    <message>
      <source>stale</source>
      <translation>过期</translation>
    </message>
    <message>
      <source>up to date</source>
      <translation>正常</translation>
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