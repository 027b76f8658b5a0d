<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AboutSection</name>
    <message>
      <source>This office</source>
      <extracomment>Tables listed even when empty (the rest appear once they hold a record).</extracomment>
      <translation>本单位</translation>
    </message>
    <message>
      <source>Program and data file</source>
      <translation>程序与数据文件</translation>
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
      <translation>所属镇</translation>
    </message>
    <message>
      <source>Village supervision phone</source>
      <translation>村监委会电话</translation>
    </message>
    <message>
      <source>Town supervision phone</source>
      <translation>镇监督电话</translation>
    </message>
    <message>
      <source>Set up on</source>
      <translation>设置日期</translation>
    </message>
    <message>
      <source>Program version</source>
      <translation>程序版本</translation>
    </message>
    <message>
      <source>Data version</source>
      <translation>数据版本</translation>
    </message>
    <message>
      <source>Site id</source>
      <translation>站点标识</translation>
    </message>
    <message>
      <source>Data file</source>
      <translation>数据文件</translation>
    </message>
    <message>
      <source>System</source>
      <translation>运行环境</translation>
    </message>
    <message>
      <source>Records kept</source>
      <translation>已记录的数据</translation>
    </message>
    <message>
      <source>Changes in the log</source>
      <translation>操作日志条数</translation>
    </message>
  </context>
  <context>
    <name>ActivitiesTab</name>
    <message>
      <source>Publicity</source>
      <translation>普法活动</translation>
    </message>
    <message>
      <source>No publicity activities yet. Click “New” to record the first one.</source>
      <translation>还没有普法活动。点击“新建”添加第一次。</translation>
    </message>
    <message>
      <source>All audiences</source>
      <translation>全部对象</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Audience</source>
      <translation>对象</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>主题</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>形式</translation>
    </message>
    <message>
      <source>Organiser</source>
      <translation>组织者</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>参加人数</translation>
    </message>
    <message>
      <source>Duty</source>
      <translation>对应责任</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Delete this activity?</source>
      <translation>删除这次普法活动吗？</translation>
    </message>
    <message>
      <source>New publicity activity</source>
      <translation>新建普法活动</translation>
    </message>
  </context>
  <context>
    <name>ActivityForm</name>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Audience</source>
      <translation>对象</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>主题</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>形式</translation>
    </message>
    <message>
      <source>Organiser</source>
      <translation>组织者</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>参加人数</translation>
    </message>
    <message>
      <source>Duty of the list</source>
      <translation>对应的责任事项</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>Sanzhi</source>
      <translation>三治融合</translation>
    </message>
    <message>
      <source>Daily backup</source>
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
    <name>AwardForm</name>
    <message>
      <source>Household</source>
      <translation>所在户</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <source>Award / title</source>
      <translation>奖励/称号</translation>
    </message>
    <message>
      <source>Local title name</source>
      <translation>地方称号名称</translation>
    </message>
    <message>
      <source>Amount (yuan)</source>
      <translation>金额（元）</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>审核人</translation>
    </message>
    <message>
      <source>Approved on</source>
      <translation>审批日期</translation>
    </message>
  </context>
  <context>
    <name>AwardsTab</name>
    <message>
      <source>Awards and titles</source>
      <translation>奖励与荣誉</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>村民小组</translation>
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
      <source>Approved on</source>
      <translation>审批日期</translation>
    </message>
    <message>
      <source>No awards yet. Click “New” to add the first one.</source>
      <translation>还没有奖励记录。点击“新建”添加第一条。</translation>
    </message>
    <message>
      <source>Total paid: {0}</source>
      <translation>奖励金额合计：{0}</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>通过</translation>
    </message>
    <message>
      <source>Delete award</source>
      <translation>删除奖励</translation>
    </message>
    <message>
      <source>New award</source>
      <translation>新增奖励</translation>
    </message>
    <message>
      <source>Delete {0}'s award {1} ({2})?</source>
      <translation>删除{0}的“{1}”（{2}年）？</translation>
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
  </context>
  <context>
    <name>BoardsPage</name>
    <message>
      <source>Public boards</source>
      <translation>公开栏</translation>
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
  </context>
  <context>
    <name>BranchForm</name>
    <message>
      <source>Party organisation</source>
      <translation>党组织名称</translation>
    </message>
    <message>
      <source>Party secretary</source>
      <translation>党支部书记</translation>
    </message>
    <message>
      <source>Committee chair</source>
      <translation>村委会主任</translation>
    </message>
    <message>
      <source>One person, both posts</source>
      <translation>一肩挑</translation>
    </message>
    <message>
      <source>一肩挑: the secretary is also the committee chair</source>
      <translation>一肩挑：书记兼任村委会主任</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>CadreForm</name>
    <message>
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Person (from the roster)</source>
      <translation>本人（从村民档案中选择）</translation>
    </message>
    <message>
      <source>Chosen on</source>
      <translation>确定日期</translation>
    </message>
    <message>
      <source>Why chosen</source>
      <translation>培养理由</translation>
    </message>
  </context>
  <context>
    <name>CadresTab</name>
    <message>
      <source>Reserve cadres and leaders</source>
      <translation>雏雁与致富带头人</translation>
    </message>
    <message>
      <source>Both kinds</source>
      <translation>全部类别</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类别</translation>
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
      <source>Chosen on</source>
      <translation>确定日期</translation>
    </message>
    <message>
      <source>No reserve cadres or leaders yet. Click “New” to add the first one.</source>
      <translation>还没有后备干部或致富带头人。点击“新建”添加第一位。</translation>
    </message>
    <message>
      <source>Why chosen</source>
      <translation>培养理由</translation>
    </message>
    <message>
      <source>New reserve cadre or leader</source>
      <translation>新增后备干部或致富带头人</translation>
    </message>
  </context>
  <context>
    <name>CaseForm</name>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
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
      <translation>实到</translation>
    </message>
    <message>
      <source>Statements and course</source>
      <translation>当事人陈述及调解经过</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>形式</translation>
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
      <translation>措施</translation>
    </message>
    <message>
      <source>Next visit</source>
      <translation>下次回访</translation>
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
      <translation>办理结果</translation>
    </message>
    <message>
      <source>Closing summary</source>
      <translation>结案情况</translation>
    </message>
    <message>
      <source>Reply</source>
      <translation>答复</translation>
    </message>
    <message>
      <source>Dispute type</source>
      <translation>纠纷类型</translation>
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
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Representative (organisations)</source>
      <translation>法定代表人（单位）</translation>
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
      <source>Parties</source>
      <translation>当事人</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Amount involved (yuan)</source>
      <translation>涉及金额（元）</translation>
    </message>
    <message>
      <source>= number of parties</source>
      <translation>= 当事人人数</translation>
    </message>
    <message>
      <source>Mediators</source>
      <translation>调解员</translation>
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
      <source>Amount (yuan)</source>
      <translation>金额（元）</translation>
    </message>
    <message>
      <source>People involved</source>
      <translation>涉及人数</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>身份</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
  </context>
  <context>
    <name>CasesTab</name>
    <message>
      <source>Cases</source>
      <extracomment>The state filter: key → the states it keeps. a town's cases over the years: read a page at a time, sorted and searched in SQL</extracomment>
      <translation>调解案件</translation>
    </message>
    <message>
      <source>Dossier no.</source>
      <translation>卷宗号</translation>
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
      <translation>已逾期</translation>
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
    <message>
      <source>No village has escalated a case to the town.</source>
      <translation>还没有村上报案件。</translation>
    </message>
    <message>
      <source>No mediation case yet. Click “New” to register the first dispute.</source>
      <translation>还没有调解案件。点击“新建”登记第一件纠纷。</translation>
    </message>
    <message>
      <source>Search dossier no., party, type</source>
      <translation>搜索卷宗号、当事人、纠纷类型</translation>
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
      <translation>归档</translation>
    </message>
    <message>
      <source> · awaiting the town's reply</source>
      <translation> · 等待镇里答复</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Dispute type</source>
      <translation>纠纷类型</translation>
    </message>
    <message>
      <source>Mediators</source>
      <translation>调解员</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Amount involved</source>
      <translation>涉及金额</translation>
    </message>
    <message>
      <source>Settle by</source>
      <translation>调结期限</translation>
    </message>
    <message>
      <source>Papers</source>
      <translation>卷内文书</translation>
    </message>
    <message>
      <source>History</source>
      <translation>办理过程</translation>
    </message>
    <message>
      <source>Read-only</source>
      <translation>只读</translation>
    </message>
    <message>
      <source>From village {0}</source>
      <translation>来自村 {0}，此处只读</translation>
    </message>
    <message>
      <source>Print agreement</source>
      <translation>打印协议书</translation>
    </message>
    <message>
      <source>Print the intake register</source>
      <translation>打印受理登记表</translation>
    </message>
    <message>
      <source>Print: {0}</source>
      <translation>打印：{0}</translation>
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
      <source>Accept the case</source>
      <translation>受理案件</translation>
    </message>
    <message>
      <source>Refuse the case</source>
      <translation>不予受理</translation>
    </message>
    <message>
      <source>Refer the case</source>
      <translation>移交案件</translation>
    </message>
    <message>
      <source>Terminate the mediation</source>
      <translation>终止调解</translation>
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
      <source>Archive with closing report</source>
      <translation>结案归档</translation>
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
      <source>Register a mediation case</source>
      <translation>登记调解案件</translation>
    </message>
    <message>
      <source>Intake register</source>
      <translation>受理登记表</translation>
    </message>
  </context>
  <context>
    <name>ChangeLogView</name>
    <message>
      <source>{n} more</source>
      <extracomment>Bookkeeping every synced record has; never part of what changed. Fields that name a record, tried in order, for the "record" column.</extracomment>
      <translation>另{n}项</translation>
    </message>
    <message>
      <source>Change log</source>
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
    <name>CheckForm</name>
    <message>
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <source>Date of the self-check</source>
      <translation>自查日期</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>佐证材料</translation>
    </message>
    <message>
      <source>Stars conferred</source>
      <translation>镇授予星级</translation>
    </message>
    <message>
      <source>Date conferred</source>
      <translation>授星日期</translation>
    </message>
  </context>
  <context>
    <name>ChecksTab</name>
    <message>
      <source>Safe-village self-check</source>
      <translation>平安村自查</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <source>Checked on</source>
      <translation>自查日期</translation>
    </message>
    <message>
      <source>Items met</source>
      <translation>达标项目</translation>
    </message>
    <message>
      <source>Item list</source>
      <translation>自查目录</translation>
    </message>
    <message>
      <source>Stars conferred</source>
      <translation>镇授予星级</translation>
    </message>
    <message>
      <source>the town's</source>
      <translation>镇下发</translation>
    </message>
    <message>
      <source>default</source>
      <translation>默认目录</translation>
    </message>
    <message>
      <source>%1 stars</source>
      <translation>%1星</translation>
    </message>
    <message>
      <source>No self-check yet. Click “New” to check this year against the ten items.</source>
      <translation>还没有平安村自查记录。点击“新建”对照“十有十没有”自查本年度。</translation>
    </message>
    <message>
      <source>Item %1</source>
      <translation>第%1项</translation>
    </message>
    <message>
      <source>met</source>
      <translation>达标</translation>
    </message>
    <message>
      <source>not met</source>
      <translation>未达标</translation>
    </message>
    <message>
      <source>Date conferred</source>
      <translation>授星日期</translation>
    </message>
    <message>
      <source>Edit the answers</source>
      <translation>修改自查结果</translation>
    </message>
    <message>
      <source>Record the stars</source>
      <translation>登记授星</translation>
    </message>
    <message>
      <source>Self-check %1</source>
      <translation>%1年度自查</translation>
    </message>
  </context>
  <context>
    <name>CircularsTab</name>
    <message>
      <source>Town circulars</source>
      <translation>镇通知</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
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
      <source>Addressed to</source>
      <translation>发往</translation>
    </message>
    <message>
      <source>all villages</source>
      <translation>全部村</translation>
    </message>
    <message>
      <source>Posted here</source>
      <translation>本村已张贴</translation>
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
      <source>Post on our board</source>
      <translation>在本村张贴</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>打印</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>内容</translation>
    </message>
  </context>
  <context>
    <name>CivicPage</name>
    <message>
      <source>Self-governance and virtue</source>
      <translation>自治·德治</translation>
    </message>
    <message>
      <source>Limits for weddings and funerals…</source>
      <translation>红白事限额…</translation>
    </message>
    <message>
      <source>Search topics and names (Ctrl+F)</source>
      <translation>搜索议题和姓名（Ctrl+F）</translation>
    </message>
  </context>
  <context>
    <name>ConstitutionTab</name>
    <message>
      <source>Constitution visits</source>
      <translation>宪法入户</translation>
    </message>
    <message>
      <source>The roster has no households yet: add them under 村民档案 first.</source>
      <translation>村民档案里还没有户。请先在“村民档案”中添加。</translation>
    </message>
    <message>
      <source>Search head, household no., group</source>
      <translation>搜索户主、户号、小组</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>村民小组</translation>
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
      <source>Visited</source>
      <translation>是否入户</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Visited by</source>
      <translation>宣传人</translation>
    </message>
    <message>
      <source>visited</source>
      <translation>已入户</translation>
    </message>
    <message>
      <source>not yet</source>
      <translation>未入户</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Coverage of the group</source>
      <translation>本组覆盖率</translation>
    </message>
    <message>
      <source>Coverage of the village</source>
      <translation>全村覆盖率</translation>
    </message>
    <message>
      <source>Record the visit</source>
      <translation>登记入户</translation>
    </message>
    <message>
      <source>Already visited this year.</source>
      <translation>本年已入户宣传。</translation>
    </message>
    <message>
      <source>Constitution visit</source>
      <translation>宪法入户宣传</translation>
    </message>
    <message>
      <source>Constitution visits {year}</source>
      <translation>{year}年宪法入户宣传覆盖情况</translation>
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
    <name>CouncilForm</name>
    <message>
      <source>Set up on</source>
      <translation>成立日期</translation>
    </message>
    <message>
      <source>Charter</source>
      <translation>章程</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>成员</translation>
    </message>
    <message>
      <source>Pick a villager, or type an outside person's name</source>
      <translation>从村民中选择，或输入外村人员姓名</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>职务</translation>
    </message>
    <message>
      <source>Lives in (outside members)</source>
      <translation>所在地（外村成员）</translation>
    </message>
    <message>
      <source>e.g. 西安市</source>
      <translation>如：西安市</translation>
    </message>
    <message>
      <source>Term from</source>
      <translation>任期开始</translation>
    </message>
    <message>
      <source>Term ends on</source>
      <translation>任期结束日期</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>议题</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>实到人数</translation>
    </message>
    <message>
      <source>Expected (0: the members serving)</source>
      <translation>应到人数（0：按在任成员）</translation>
    </message>
    <message>
      <source>Who came</source>
      <translation>参会人员</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>会议记录</translation>
    </message>
    <message>
      <source>Decisions</source>
      <translation>决定事项</translation>
    </message>
  </context>
  <context>
    <name>CouncilsTab</name>
    <message>
      <source>Councils</source>
      <translation>一约五会</translation>
    </message>
    <message>
      <source>No councils yet.</source>
      <translation>还没有成立任何会。</translation>
    </message>
    <message>
      <source>Council</source>
      <translation>组织</translation>
    </message>
    <message>
      <source>Set up on</source>
      <translation>成立日期</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>成员数</translation>
    </message>
    <message>
      <source>Meetings this year</source>
      <translation>本年会议</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Set up</source>
      <translation>已成立</translation>
    </message>
    <message>
      <source>Not set up</source>
      <translation>未成立</translation>
    </message>
    <message>
      <source>Not set up yet</source>
      <translation>尚未成立</translation>
    </message>
    <message>
      <source>Set up…</source>
      <translation>成立…</translation>
    </message>
    <message>
      <source>Charter</source>
      <translation>章程</translation>
    </message>
    <message>
      <source>Members serving</source>
      <translation>在任成员</translation>
    </message>
    <message>
      <source>Add a member…</source>
      <translation>添加成员…</translation>
    </message>
    <message>
      <source>Record a meeting…</source>
      <translation>记录会议…</translation>
    </message>
    <message>
      <source>End a member's term…</source>
      <translation>成员离任…</translation>
    </message>
    <message>
      <source>No member serves this year.</source>
      <translation>本年没有在任成员。</translation>
    </message>
    <message>
      <source>Correct date and charter…</source>
      <translation>修改成立日期和章程…</translation>
    </message>
    <message>
      <source>Set up {name}</source>
      <translation>成立{name}</translation>
    </message>
    <message>
      <source>Add a member to {name}</source>
      <translation>{name}添加成员</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>成员</translation>
    </message>
    <message>
      <source>End a member's term</source>
      <translation>成员离任</translation>
    </message>
    <message>
      <source>Meeting of {name}</source>
      <translation>{name}会议</translation>
    </message>
  </context>
  <context>
    <name>CountyApp</name>
    <message>
      <source>Cannot open the county database</source>
      <translation>打不开县级数据库</translation>
    </message>
  </context>
  <context>
    <name>CountyPage</name>
    <message>
      <source>County assessment (read-only)</source>
      <translation>县级考核（只读）</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <source>Read the county database again (F5)</source>
      <translation>重新读取县级数据库（F5）</translation>
    </message>
  </context>
  <context>
    <name>CountyWindow</name>
    <message>
      <source>{county} — Sanzhi county (read-only)</source>
      <translation>{county} — 三治融合县级考核（只读）</translation>
    </message>
    <message>
      <source>County database {server} · read-only</source>
      <translation>县级数据库 {server} · 只读</translation>
    </message>
  </context>
  <context>
    <name>CreditForm</name>
    <message>
      <source>Date filed</source>
      <translation>建档日期</translation>
    </message>
    <message>
      <source>Main industry</source>
      <translation>主要产业</translation>
    </message>
    <message>
      <source>Labourers</source>
      <translation>劳动力人数</translation>
    </message>
    <message>
      <source>Income</source>
      <translation>收入情况</translation>
    </message>
    <message>
      <source>Assets</source>
      <translation>资产情况</translation>
    </message>
    <message>
      <source>Credit needed</source>
      <translation>信贷需求</translation>
    </message>
    <message>
      <source>Date rated</source>
      <translation>评定日期</translation>
    </message>
    <message>
      <source>Panel members</source>
      <translation>评定小组成员</translation>
    </message>
    <message>
      <source>Criteria met</source>
      <translation>符合的评定标准</translation>
    </message>
    <message>
      <source>Bad-faith record (if any)</source>
      <translation>失信记录（如有）</translation>
    </message>
    <message>
      <source>Credit line (yuan)</source>
      <translation>授信额度（元）</translation>
    </message>
    <message>
      <source>Bank</source>
      <translation>授信银行</translation>
    </message>
    <message>
      <source>Date granted</source>
      <translation>授信日期</translation>
    </message>
  </context>
  <context>
    <name>CreditHouseholdsTab</name>
    <message>
      <source>Credit households</source>
      <translation>信用农户</translation>
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
      <translation>村民小组</translation>
    </message>
    <message>
      <source>File</source>
      <translation>档案</translation>
    </message>
    <message>
      <source>filed</source>
      <translation>已建档</translation>
    </message>
    <message>
      <source>not filed</source>
      <translation>未建档</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>得分</translation>
    </message>
    <message>
      <source>Grade</source>
      <translation>信用等级</translation>
    </message>
    <message>
      <source>Credit line</source>
      <translation>授信额度</translation>
    </message>
    <message>
      <source>No households in the roster yet. Add them on the Roster page first.</source>
      <translation>村民档案里还没有户。请先在“村民档案”页添加。</translation>
    </message>
    <message>
      <source>All grades</source>
      <translation>全部等级</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>农户</translation>
    </message>
    <message>
      <source>Filed on</source>
      <translation>建档日期</translation>
    </message>
    <message>
      <source>Main industry</source>
      <translation>主要产业</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <source>not rated</source>
      <translation>未评级</translation>
    </message>
    <message>
      <source>Rule applied</source>
      <translation>守信激励/失信惩戒</translation>
    </message>
    <message>
      <source>Bank</source>
      <translation>授信银行</translation>
    </message>
    <message>
      <source>File the household first.</source>
      <translation>请先为这户建档。</translation>
    </message>
    <message>
      <source>Only a graded household gets a credit line.</source>
      <translation>评定了信用等级的农户才能授信。</translation>
    </message>
    <message>
      <source>Rate</source>
      <translation>评级</translation>
    </message>
    <message>
      <source>Record credit line</source>
      <translation>登记授信</translation>
    </message>
    <message>
      <source>Filed</source>
      <translation>建档</translation>
    </message>
    <message>
      <source>Rated</source>
      <translation>评级</translation>
    </message>
    <message>
      <source>Credit granted</source>
      <translation>授信</translation>
    </message>
    <message>
      <source>Credit file</source>
      <translation>信用档案</translation>
    </message>
    <message>
      <source>Credit household list</source>
      <translation>信用农户评定结果公示</translation>
    </message>
  </context>
  <context>
    <name>CreditPage</name>
    <message>
      <source>Credit</source>
      <translation>信用</translation>
    </message>
  </context>
  <context>
    <name>CycleForm</name>
    <message>
      <source>Pledges</source>
      <translation>承诺事项</translation>
    </message>
    <message>
      <source>Made on</source>
      <translation>承诺日期</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>What was done</source>
      <translation>践诺情况</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>积分规则</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>审核人</translation>
    </message>
    <message>
      <source>As the votes point</source>
      <translation>按票数确定</translation>
    </message>
    <message>
      <source>Review date</source>
      <translation>评议日期</translation>
    </message>
    <message>
      <source>Votes: excellent</source>
      <translation>优秀票</translation>
    </message>
    <message>
      <source>Votes: qualified</source>
      <translation>合格票</translation>
    </message>
    <message>
      <source>Votes: basically qualified</source>
      <translation>基本合格票</translation>
    </message>
    <message>
      <source>Votes: unqualified</source>
      <translation>不合格票</translation>
    </message>
    <message>
      <source>Grade</source>
      <translation>评定等次</translation>
    </message>
  </context>
  <context>
    <name>CycleTab</name>
    <message>
      <source>Pledges and points</source>
      <translation>承诺与积分</translation>
    </message>
    <message>
      <source>Search by name or pledge</source>
      <translation>按姓名或承诺内容搜索</translation>
    </message>
    <message>
      <source>This year</source>
      <translation>本年度</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Pledges</source>
      <translation>承诺事项</translation>
    </message>
    <message>
      <source>Fulfilled</source>
      <translation>践诺</translation>
    </message>
    <message>
      <source>Points this year</source>
      <translation>本年积分</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>评议</translation>
    </message>
    <message>
      <source>No members this year. Add the branch's members first (tab “Members”).</source>
      <translation>这一年没有党员。请先在“党员名册”中登记党员。</translation>
    </message>
    <message>
      <source>none yet</source>
      <translation>尚未承诺</translation>
    </message>
    <message>
      <source>nothing recorded yet</source>
      <translation>尚无记录</translation>
    </message>
    <message>
      <source>Review (not for posting)</source>
      <translation>民主评议（不公示）</translation>
    </message>
    <message>
      <source>{0}: excellent {1}, qualified {2}, basic {3}, unqualified {4}</source>
      <translation>{0}：优秀{1}票，合格{2}票，基本合格{3}票，不合格{4}票</translation>
    </message>
    <message>
      <source>Pledge</source>
      <translation>承诺</translation>
    </message>
    <message>
      <source>Fulfil</source>
      <translation>践诺</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>积分</translation>
    </message>
    <message>
      <source>Record fulfilment</source>
      <translation>登记践诺</translation>
    </message>
    <message>
      <source>Add points</source>
      <translation>记分</translation>
    </message>
    <message>
      <source>Pledges of {0}</source>
      <translation>{0}的承诺</translation>
    </message>
    <message>
      <source>Fulfilment by {0}</source>
      <translation>{0}的践诺记录</translation>
    </message>
    <message>
      <source>Points for {0}</source>
      <translation>为{0}记分</translation>
    </message>
    <message>
      <source>Democratic review of {0}</source>
      <translation>{0}的民主评议</translation>
    </message>
    <message>
      <source>Grades are kept for the branch and the town; they are never posted.</source>
      <translation>评议等次只供支部和镇里掌握，不张贴公示。</translation>
    </message>
    <message>
      <source>Pledges {0}</source>
      <translation>{0}年度党员承诺公示</translation>
    </message>
    <message>
      <source>Party points {0} Q{1}</source>
      <translation>{0}年第{1}季度党员积分公示</translation>
    </message>
  </context>
  <context>
    <name>DecisionForm</name>
    <message>
      <source>Matter</source>
      <translation>事项</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>提议来源</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
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
      <source>the proposal and the discussion in one meeting</source>
      <translation>提议和商议在同一次会议</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Remarks</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>DecisionsTab</name>
    <message>
      <source>Four-two procedure</source>
      <translation>四议两公开</translation>
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
      <source>not started</source>
      <translation>未开始</translation>
    </message>
    <message>
      <source>No matters yet. Click “New” to start one.</source>
      <translation>还没有决策事项。点击“新建”添加第一条。</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source> (expected {0}, present {1}, approving {2})</source>
      <translation>（应到{0} 实到{1} 同意{2}）</translation>
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
      <source>New matter</source>
      <translation>新建事项</translation>
    </message>
    <message>
      <source>Four-two procedure: step {0}</source>
      <translation>四议两公开：第{0}步</translation>
    </message>
  </context>
  <context>
    <name>DrillDialog</name>
    <message>
      <source>Records behind the figure</source>
      <translation>数据依据</translation>
    </message>
  </context>
  <context>
    <name>DutiesTab</name>
    <message>
      <source>Duty list</source>
      <translation>责任清单</translation>
    </message>
    <message>
      <source>No period of the duty list has begun in this year.</source>
      <translation>本年度责任清单还没有开始的期间。</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Duty</source>
      <translation>对应责任</translation>
    </message>
    <message>
      <source>Audience</source>
      <translation>对象</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>期间</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <source>State</source>
      <translation>完成情况</translation>
    </message>
    <message>
      <source>How often</source>
      <translation>频次</translation>
    </message>
    <message>
      <source>Legal basis</source>
      <translation>依据</translation>
    </message>
  </context>
  <context>
    <name>EventForm</name>
    <message>
      <source>Household</source>
      <translation>办事户</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Tables</source>
      <translation>桌数</translation>
    </message>
    <message>
      <source>Cars</source>
      <translation>车辆数</translation>
    </message>
    <message>
      <source>Betrothal gift (yuan, weddings; never printed)</source>
      <translation>彩礼（元，婚事填写；不公开打印）</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Handled by</source>
      <translation>处理方式</translation>
    </message>
    <message>
      <source>What was done</source>
      <translation>处理情况</translation>
    </message>
    <message>
      <source>Village rule broken (black list)</source>
      <translation>违反的村规民约条款（列入黑榜时）</translation>
    </message>
    <message>
      <source>Rectify by (black list)</source>
      <translation>整改期限（列入黑榜时）</translation>
    </message>
    <message>
      <source>Wedding: tables</source>
      <translation>婚事：桌数上限</translation>
    </message>
    <message>
      <source>Wedding: cars</source>
      <translation>婚事：车辆上限</translation>
    </message>
    <message>
      <source>Wedding: betrothal gift (yuan)</source>
      <translation>婚事：彩礼上限（元）</translation>
    </message>
    <message>
      <source>Funeral: tables</source>
      <translation>丧事：桌数上限</translation>
    </message>
    <message>
      <source>Funeral: cars</source>
      <translation>丧事：车辆上限</translation>
    </message>
  </context>
  <context>
    <name>EventsTab</name>
    <message>
      <source>Weddings and funerals</source>
      <translation>红白事登记</translation>
    </message>
    <message>
      <source>No weddings or funerals registered yet. Click “New” to add one.</source>
      <translation>还没有登记红白事。点击“新建”登记第一件。</translation>
    </message>
    <message>
      <source>All events</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>Over a limit, not handled</source>
      <translation>超标待处理</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>户主</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>村民小组</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Tables</source>
      <translation>桌数</translation>
    </message>
    <message>
      <source>Cars</source>
      <translation>车辆</translation>
    </message>
    <message>
      <source>Over the limits</source>
      <translation>超标情况</translation>
    </message>
    <message>
      <source>Handled</source>
      <translation>处理</translation>
    </message>
    <message>
      <source>Scale</source>
      <translation>规模</translation>
    </message>
    <message>
      <source>{t} tables, {c} cars</source>
      <translation>{t}桌，{c}辆车</translation>
    </message>
    <message>
      <source>Betrothal gift</source>
      <translation>彩礼</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Within the limits: nothing to handle.</source>
      <translation>未超标，无需处理。</translation>
    </message>
    <message>
      <source>Already handled.</source>
      <translation>已处理。</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>登记</translation>
    </message>
    <message>
      <source>Over a limit</source>
      <translation>超标</translation>
    </message>
    <message>
      <source>Handle…</source>
      <translation>处理…</translation>
    </message>
    <message>
      <source>Register a wedding or funeral</source>
      <translation>登记红白事</translation>
    </message>
    <message>
      <source>Handle the finding</source>
      <translation>处理超标情况</translation>
    </message>
    <message>
      <source>Limits from the village rules</source>
      <translation>红白事限额（按村规民约）</translation>
    </message>
  </context>
  <context>
    <name>FamilyRulesForm</name>
    <message>
      <source>Household</source>
      <translation>户</translation>
    </message>
    <message>
      <source>Family rules</source>
      <translation>家规家训</translation>
    </message>
    <message>
      <source>Collected on</source>
      <translation>征集日期</translation>
    </message>
    <message>
      <source>Selected as excellent in</source>
      <translation>评为优秀的年份</translation>
    </message>
    <message>
      <source>Display board</source>
      <translation>上墙展示</translation>
    </message>
    <message>
      <source>Shown on the village's display board</source>
      <translation>在村展示栏展示</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>主题</translation>
    </message>
    <message>
      <source>Speaker</source>
      <translation>主讲人</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>参加人数</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>内容</translation>
    </message>
  </context>
  <context>
    <name>FamilyRulesTab</name>
    <message>
      <source>Family rules</source>
      <translation>家规家训</translation>
    </message>
    <message>
      <source>No family rules collected yet. Click “New” to record the first.</source>
      <translation>还没有征集家规家训。点击“新建”录入第一户。</translation>
    </message>
    <message>
      <source>Head of household</source>
      <translation>户主</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>村民小组</translation>
    </message>
    <message>
      <source>Collected on</source>
      <translation>征集日期</translation>
    </message>
    <message>
      <source>Excellent</source>
      <translation>优秀年份</translation>
    </message>
    <message>
      <source>On the board</source>
      <translation>上墙</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>Already selected for {year}.</source>
      <translation>已评为{year}年度优秀。</translation>
    </message>
    <message>
      <source>Select as excellent…</source>
      <translation>评为优秀…</translation>
    </message>
    <message>
      <source>{name}'s family rules</source>
      <translation>{name}家家规家训</translation>
    </message>
    <message>
      <source>Collect family rules</source>
      <translation>征集家规家训</translation>
    </message>
    <message>
      <source>Select as excellent</source>
      <translation>评为优秀</translation>
    </message>
  </context>
  <context>
    <name>FileDialogs</name>
    <message>
      <source>PDF files (*.pdf)</source>
      <extracomment>QSettings key of the last folder a file was saved to or opened from.</extracomment>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>CSV tables (*.csv)</source>
      <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
      <source>Sync files (*.sanzhi)</source>
      <translation>同步文件 (*.sanzhi)</translation>
    </message>
    <message>
      <source>Key cards (*.sanzhi-card)</source>
      <translation>密钥卡 (*.sanzhi-card)</translation>
    </message>
    <message>
      <source>Data files (*.db)</source>
      <translation>数据文件 (*.db)</translation>
    </message>
    <message>
      <source>Pictures (*.png)</source>
      <translation>图片 (*.png)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>所有文件 (*)</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <source>any date</source>
      <extracomment>The earliest date of the range pickers; shown as "不限" (no bound).</extracomment>
      <translation>不限</translation>
    </message>
  </context>
  <context>
    <name>FinanceForm</name>
    <message>
      <source>Year</source>
      <extracomment>(label, "kind|item") of every standard item; the value keeps kind and item together.</extracomment>
      <translation>年度</translation>
    </message>
    <message>
      <source>Quarter</source>
      <translation>季度</translation>
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
      <source>Closing balance (opening + income − expense)</source>
      <translation>期末余额（期初＋收入－支出）</translation>
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
  </context>
  <context>
    <name>FinanceTab</name>
    <message>
      <source>Finance</source>
      <translation>财务公开</translation>
    </message>
    <message>
      <source>Quarter</source>
      <translation>季度</translation>
    </message>
    <message>
      <source>{0} Q{1}</source>
      <translation>{0}年第{1}季度</translation>
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
      <source>no notice yet</source>
      <translation>未生成公开</translation>
    </message>
    <message>
      <source>No finance disclosure yet. Click “New” to enter a quarter.</source>
      <translation>还没有财务公开。点击“新建”添加第一个季度。</translation>
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
      <source>The notice has left draft; correct the notice instead.</source>
      <translation>公开事项已送审或已公开，数字不能再改；如有错误，请对公开事项做“更正”。</translation>
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
      <source>Print</source>
      <translation>打印</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>草稿</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>审核</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>通过</translation>
    </message>
    <message>
      <source>Posted</source>
      <translation>公开</translation>
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
      <source>{0} Q{1} finance</source>
      <translation>{0}年第{1}季度财务</translation>
    </message>
    <message>
      <source>Quarterly finance disclosure</source>
      <translation>季度财务收支公开</translation>
    </message>
    <message>
      <source>Finance {0} Q{1}</source>
      <translation>{0}年第{1}季度财务公开</translation>
    </message>
    <message>
      <source>{0} (draft, not approved)</source>
      <translation>{0}（草稿，未经审核，不得张贴）</translation>
    </message>
  </context>
  <context>
    <name>FindingsTab</name>
    <message>
      <source>Findings</source>
      <translation>排查发现</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>发现日期</translation>
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
      <source>Risk</source>
      <translation>风险等级</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>处置期限</translation>
    </message>
    <message>
      <source>Handling</source>
      <translation>处置方式</translation>
    </message>
    <message>
      <source>No disputes found yet. Record a sweep on the “Sweeps” tab.</source>
      <translation>还没有排查发现。请在“排查记录”页登记排查。</translation>
    </message>
    <message>
      <source>All risks</source>
      <translation>全部风险等级</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Patrol</source>
      <translation>巡逻</translation>
    </message>
    <message>
      <source>Sweep</source>
      <translation>排查</translation>
    </message>
    <message>
      <source>What is brewing</source>
      <translation>纠纷苗头</translation>
    </message>
    <message>
      <source>Handled on</source>
      <translation>处置日期</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>处置情况</translation>
    </message>
    <message>
      <source>Mediation case</source>
      <translation>调解案件</translation>
    </message>
    <message>
      <source>Already handled.</source>
      <translation>已经处置过了。</translation>
    </message>
    <message>
      <source>Send to mediation</source>
      <translation>转人民调解</translation>
    </message>
    <message>
      <source>Escalate to the town</source>
      <translation>上报镇</translation>
    </message>
    <message>
      <source>Settled on the spot</source>
      <translation>就地化解</translation>
    </message>
    <message>
      <source>Handled</source>
      <translation>已处置</translation>
    </message>
  </context>
  <context>
    <name>GoodDeedForm</name>
    <message>
      <source>Household</source>
      <translation>所在户</translation>
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
      <source>Nominator</source>
      <translation>推荐人</translation>
    </message>
    <message>
      <source>Nominated on</source>
      <translation>推荐日期</translation>
    </message>
    <message>
      <source>Board month</source>
      <translation>上榜月份</translation>
    </message>
    <message>
      <source>Posted on</source>
      <translation>上榜日期</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>理由</translation>
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
      <source>Date</source>
      <translation>日期</translation>
    </message>
  </context>
  <context>
    <name>GoodDeedsTab</name>
    <message>
      <source>Good deeds</source>
      <translation>善行义举榜</translation>
    </message>
    <message>
      <source>Virtue</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>村民小组</translation>
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
      <source>Nominated on</source>
      <translation>推荐日期</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>No good deeds yet. Click “New” to nominate the first one.</source>
      <translation>还没有善行义举。点击“新建”推荐第一条。</translation>
    </message>
    <message>
      <source>All states</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <source>Nominated</source>
      <translation>推荐</translation>
    </message>
    <message>
      <source>Council</source>
      <translation>道德评议会</translation>
    </message>
    <message>
      <source>Board month</source>
      <translation>上榜月份</translation>
    </message>
    <message>
      <source>Taken down</source>
      <translation>撤榜</translation>
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
      <source>Take down…</source>
      <translation>撤榜…</translation>
    </message>
    <message>
      <source>Reviewed</source>
      <translation>评议</translation>
    </message>
    <message>
      <source>Posted</source>
      <translation>公开</translation>
    </message>
    <message>
      <source>Nominate a good deed</source>
      <translation>推荐善行义举</translation>
    </message>
    <message>
      <source>Council review</source>
      <translation>道德评议会评议</translation>
    </message>
    <message>
      <source>Post on the board</source>
      <translation>张贴公开</translation>
    </message>
    <message>
      <source>Take down</source>
      <translation>撤榜</translation>
    </message>
  </context>
  <context>
    <name>HealthWatch</name>
    <message>
      <source>The data file is damaged</source>
      <translation>数据文件已损坏</translation>
    </message>
    <message>
      <source>{problem}

The program now only shows the data and saves nothing. Ask the township's technician for help.</source>
      <translation>{problem}

程序现在只显示数据，不保存任何内容。请联系镇上的技术人员。</translation>
    </message>
    <message>
      <source>{problem}

The program now only shows the data and saves nothing. Close this window and offer the newest good backup?</source>
      <translation>{problem}

程序现在只显示数据，不保存任何内容。要关闭这个窗口，并提供最新的完好备份吗？</translation>
    </message>
  </context>
  <context>
    <name>HomeCards</name>
    <message>
      <source>Overdue</source>
      <extracomment>The tag colour of each urgency: red only for what is late.</extracomment>
      <translation>已逾期</translation>
    </message>
    <message>
      <source>Due soon</source>
      <translation>即将到期</translation>
    </message>
    <message>
      <source>To handle</source>
      <translation>待处理</translation>
    </message>
    <message>
      <source>Due {date}, overdue</source>
      <translation>{date}到期，已逾期</translation>
    </message>
    <message>
      <source>Due {date}</source>
      <translation>{date}到期</translation>
    </message>
    <message>
      <source>Since {date}</source>
      <translation>{date}起</translation>
    </message>
    <message>
      <source>Go</source>
      <translation>去处理</translation>
    </message>
    <message>
      <source>Open this record on its page</source>
      <translation>打开这条记录所在的页面</translation>
    </message>
    <message>
      <source>View</source>
      <translation>查看</translation>
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <source>Home</source>
      <extracomment>The to-do cards scroll inside this height, so the figures stay in view on 1366×768.</extracomment>
      <translation>首页</translation>
    </message>
    <message>
      <source>To do</source>
      <translation>待办事项</translation>
    </message>
    <message>
      <source>This month</source>
      <translation>本月情况</translation>
    </message>
    <message>
      <source>Today: {date}</source>
      <translation>今天：{date}</translation>
    </message>
    <message>
      <source>Demo data as of {date}</source>
      <translation>演示数据，日期按{date}计</translation>
    </message>
    <message>
      <source>To do ({count})</source>
      <translation>待办事项（{count}）</translation>
    </message>
    <message>
      <source>Nothing is due or overdue.</source>
      <translation>没有到期或逾期的事项。</translation>
    </message>
  </context>
  <context>
    <name>HonourForm</name>
    <message>
      <source>Register</source>
      <translation>名册</translation>
    </message>
    <message>
      <source>Villager (法治带头人, 法律明白人)</source>
      <translation>村民（法治带头人、法律明白人）</translation>
    </message>
    <message>
      <source>(a household: choose below)</source>
      <translation>（表彰户时在下面选择）</translation>
    </message>
    <message>
      <source>Household (示范户)</source>
      <translation>户（示范户）</translation>
    </message>
    <message>
      <source>(a person: choose above)</source>
      <translation>（表彰个人时在上面选择）</translation>
    </message>
    <message>
      <source>Year named</source>
      <translation>评定年度</translation>
    </message>
    <message>
      <source>Basis or deeds</source>
      <translation>评定依据（事迹）</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
  </context>
  <context>
    <name>HonoursTab</name>
    <message>
      <source>Registers</source>
      <translation>法治名册</translation>
    </message>
    <message>
      <source>No one on the registers yet. Click “New” to name the first.</source>
      <translation>法治名册还是空的。点击“新建”添加第一位。</translation>
    </message>
    <message>
      <source>All registers</source>
      <translation>全部名册</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>名册</translation>
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
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <source>Basis</source>
      <translation>评定依据</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Revoked</source>
      <translation>撤销情况</translation>
    </message>
    <message>
      <source>Revoke</source>
      <translation>撤销</translation>
    </message>
    <message>
      <source>Already revoked.</source>
      <translation>已经撤销。</translation>
    </message>
    <message>
      <source>Name to a register</source>
      <translation>列入法治名册</translation>
    </message>
    <message>
      <source>Registers' public notice {year}</source>
      <translation>{year}年法治名册公示</translation>
    </message>
  </context>
  <context>
    <name>HouseholdActions</name>
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
      <source>Delete person</source>
      <translation>删除村民</translation>
    </message>
    <message>
      <source>Delete household</source>
      <translation>删除整户</translation>
    </message>
    <message>
      <source>New household</source>
      <translation>新建户</translation>
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
      <source>Delete household {0} of {1} and its {2} members?</source>
      <translation>删除户号{0}（户主{1}）整户及其{2}名成员？</translation>
    </message>
  </context>
  <context>
    <name>HouseholdForm</name>
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
    <name>HouseholdsTab</name>
    <message>
      <source>Households</source>
      <translation>户</translation>
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
      <translation>村民小组</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>成员数</translation>
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
      <source>No household matches. Change the search or choose All groups.</source>
      <translation>没有符合条件的户。请修改搜索内容或选择“全部小组”。</translation>
    </message>
    <message>
      <source>No households yet. Click “New” to add the first one.</source>
      <translation>还没有户。点击“新建”添加第一户。</translation>
    </message>
    <message>
      <source>Search household no., head, address</source>
      <translation>搜索户号、户主、住址</translation>
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
      <source>Delete household</source>
      <translation>删除整户</translation>
    </message>
    <message>
      <source>Household {0}</source>
      <translation>户号{0}</translation>
    </message>
  </context>
  <context>
    <name>IssueForm</name>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Raised by</source>
      <translation>反映人</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
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
      <source>Measures</source>
      <translation>办理措施</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>办理结果</translation>
    </message>
  </context>
  <context>
    <name>IssueWallTab</name>
    <message>
      <source>Issue wall</source>
      <translation>问题墙</translation>
    </message>
    <message>
      <source>Raised</source>
      <translation>收集</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
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
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <source>No problems recorded yet. Click “New” to add one.</source>
      <translation>还没有登记问题。点击“新建”添加第一条。</translation>
    </message>
    <message>
      <source>All states</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <source>Raised by</source>
      <translation>反映人</translation>
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
      <source>Assign</source>
      <translation>分派办理</translation>
    </message>
    <message>
      <source>Record feedback</source>
      <translation>登记办理结果</translation>
    </message>
    <message>
      <source>Post on the response wall</source>
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
      <source>Posted</source>
      <translation>公开</translation>
    </message>
    <message>
      <source>New problem</source>
      <translation>登记问题</translation>
    </message>
    <message>
      <source>Issue and response wall</source>
      <translation>问题墙·回音壁</translation>
    </message>
  </context>
  <context>
    <name>LawPage</name>
    <message>
      <source>Rule of law</source>
      <translation>法治</translation>
    </message>
    <message>
      <source>Search topics and names (Ctrl+F)</source>
      <translation>搜索学法主题、普法主题和姓名（Ctrl+F）</translation>
    </message>
  </context>
  <context>
    <name>LearnerForm</name>
    <message>
      <source>Villager</source>
      <translation>村民</translation>
    </message>
    <message>
      <source>(not in the roster)</source>
      <translation>（不在村民档案中）</translation>
    </message>
    <message>
      <source>Name (if not in the roster)</source>
      <translation>姓名（不在村民档案中时填写）</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>职务</translation>
    </message>
    <message>
      <source>e.g. 村委会委员</source>
      <translation>如：村委会委员</translation>
    </message>
  </context>
  <context>
    <name>LearnersTab</name>
    <message>
      <source>Study list</source>
      <translation>学法人员</translation>
    </message>
    <message>
      <source>No cadres or backbone villagers listed yet. Click “New” to add one.</source>
      <translation>学法名单还是空的。点击“新建”添加村干部或村民骨干。</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>职务</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>参加次数</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>目标次数</translation>
    </message>
    <message>
      <source>State</source>
      <translation>完成情况</translation>
    </message>
    <message>
      <source>met</source>
      <translation>达标</translation>
    </message>
    <message>
      <source>{n} short</source>
      <translation>差{n}次</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>村民小组</translation>
    </message>
    <message>
      <source>Sessions this year</source>
      <translation>本年参加次数</translation>
    </message>
    <message>
      <source>Exam scores</source>
      <translation>考试成绩</translation>
    </message>
    <message>
      <source>Left the post</source>
      <translation>离任</translation>
    </message>
    <message>
      <source>Take {name} off the study list? Past sessions stay.</source>
      <translation>把{name}移出学法名单吗？以前的学法记录保留。</translation>
    </message>
    <message>
      <source>Add to the study list</source>
      <translation>加入学法名单</translation>
    </message>
  </context>
  <context>
    <name>LecturesTab</name>
    <message>
      <source>Moral lectures</source>
      <translation>道德讲堂</translation>
    </message>
    <message>
      <source>No lectures yet. Click “New” to record the first.</source>
      <translation>还没有道德讲堂记录。点击“新建”添加第一场。</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>主题</translation>
    </message>
    <message>
      <source>Speaker</source>
      <translation>主讲人</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>参加人数</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>New lecture</source>
      <translation>新建道德讲堂</translation>
    </message>
  </context>
  <context>
    <name>LinesEditor</name>
    <message>
      <source>Add line</source>
      <translation>添加一行</translation>
    </message>
    <message>
      <source>Remove line</source>
      <translation>删除一行</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Home</source>
      <extracomment>``(module under gui/, class)`` of every page. A page module (and the services, reportlab or openpyxl it pulls in) is imported only when its page is first shown, so start-up pays for the home page alone. The pages of a village office, in order: UI.md's first eight keep their places (and their Ctrl+1 … Ctrl+8), the parts of the plan added since follow. A town office: its villages, the scorecard and the parts it reads from them.</extracomment>
      <translation>首页</translation>
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
      <source>Party building</source>
      <translation>党建</translation>
    </message>
    <message>
      <source>Rule of law</source>
      <translation>法治</translation>
    </message>
    <message>
      <source>Safety</source>
      <translation>平安</translation>
    </message>
    <message>
      <source>Credit</source>
      <translation>信用</translation>
    </message>
    <message>
      <source>Self-governance and virtue</source>
      <translation>自治·德治</translation>
    </message>
    <message>
      <source>Assessment</source>
      <translation>考核</translation>
    </message>
    <message>
      <source>Sanzhi · {name}</source>
      <extracomment>Emitted once, right after the window's first paint: work that can wait until the clerk sees the window (the day's automatic backup) connects here. Whether the window should open maximised (a screen up to 1440 px wide).</extracomment>
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
    <name>MediationPage</name>
    <message>
      <source>Mediation</source>
      <translation>人民调解</translation>
    </message>
    <message>
      <source>Escalated mediation cases</source>
      <translation>各村上报的调解案件</translation>
    </message>
    <message>
      <source>Add a committee member…</source>
      <translation>添加调委会成员…</translation>
    </message>
    <message>
      <source>Monthly report…</source>
      <translation>月度统计…</translation>
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
      <source>Members now: {0}</source>
      <translation>现有成员：{0}</translation>
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
  </context>
  <context>
    <name>MeetingForm</name>
    <message>
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>主题</translation>
    </message>
    <message>
      <source>Chaired by</source>
      <translation>主持人</translation>
    </message>
    <message>
      <source>Present (untick who was absent)</source>
      <translation>到会党员（缺席的取消勾选）</translation>
    </message>
    <message>
      <source>Why absent</source>
      <translation>缺席原因</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>会议记录</translation>
    </message>
  </context>
  <context>
    <name>MeetingsTab</name>
    <message>
      <source>Meetings</source>
      <extracomment>The filter's value for 双评议 (道德评议 and 乡贤议事 together).</extracomment>
      <translation>五会会议</translation>
    </message>
    <message>
      <source>No meetings recorded yet. Record one from a council on the Councils tab.</source>
      <translation>还没有会议记录。请在“一约五会”中选择一个会后记录会议。</translation>
    </message>
    <message>
      <source>Search topics and decisions</source>
      <translation>搜索议题和决定</translation>
    </message>
    <message>
      <source>All councils</source>
      <translation>全部五会</translation>
    </message>
    <message>
      <source>Dual review (moral review and worthies)</source>
      <translation>双评议（道德评议和乡贤议事）</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Council</source>
      <translation>组织</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>议题</translation>
    </message>
    <message>
      <source>Present / expected</source>
      <translation>实到/应到</translation>
    </message>
    <message>
      <source>Decisions</source>
      <translation>决定事项</translation>
    </message>
    <message>
      <source>Who came</source>
      <translation>参会人员</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>会议记录</translation>
    </message>
    <message>
      <source>Search topics</source>
      <translation>搜索会议主题</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>全部类别</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>应到</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>实到</translation>
    </message>
    <message>
      <source>No meetings recorded yet. Click “New” to record the first one.</source>
      <translation>还没有会议记录。点击“新建”登记第一次会议。</translation>
    </message>
    <message>
      <source>Not held {0} times, lately: {1}</source>
      <translation>未按期召开{0}次，最近：{1}</translation>
    </message>
    <message>
      <source>Chaired by</source>
      <translation>主持人</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>出席情况</translation>
    </message>
    <message>
      <source>expected {0}, present {1}</source>
      <translation>应到{0}人，实到{1}人</translation>
    </message>
    <message>
      <source>Absent</source>
      <translation>缺席</translation>
    </message>
    <message>
      <source>Print the {0} register</source>
      <translation>打印{0}年度登记簿</translation>
    </message>
    <message>
      <source>Record a meeting</source>
      <translation>登记会议</translation>
    </message>
    <message>
      <source>Everyone who was a member on the day is ticked: untick who was absent. Expected and present are counted from the ticks.</source>
      <translation>会议当天的全体党员已勾选，请取消缺席人员的勾选。应到、实到人数按勾选自动统计。</translation>
    </message>
    <message>
      <source>Meetings register {0}</source>
      <translation>{0}年度三会一课登记簿</translation>
    </message>
  </context>
  <context>
    <name>MemberForm</name>
    <message>
      <source>Person (from the roster)</source>
      <translation>本人（从村民档案中选择）</translation>
    </message>
    <message>
      <source>type a name to find the person</source>
      <translation>输入姓名查找</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Joined the party</source>
      <translation>入党日期</translation>
    </message>
    <message>
      <source>Member working away</source>
      <translation>流动党员</translation>
    </message>
    <message>
      <source>流动党员: works or lives away, still this branch's</source>
      <translation>流动党员：外出务工或居住，组织关系仍在本支部</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>外出地点</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Full membership from</source>
      <translation>转正日期</translation>
    </message>
    <message>
      <source>Transferred out on</source>
      <translation>转出日期</translation>
    </message>
    <message>
      <source>To (party organisation)</source>
      <translation>转往党组织</translation>
    </message>
  </context>
  <context>
    <name>MembersTab</name>
    <message>
      <source>Members</source>
      <extracomment>the filter's extra choice: members who left (transferred out) too</extracomment>
      <translation>党员名册</translation>
    </message>
    <message>
      <source>Search by name</source>
      <translation>按姓名搜索</translation>
    </message>
    <message>
      <source>Current members</source>
      <translation>现有党员</translation>
    </message>
    <message>
      <source>Working away</source>
      <translation>流动党员</translation>
    </message>
    <message>
      <source>Including those transferred out</source>
      <translation>含已转出</translation>
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
      <source>Status</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Joined</source>
      <translation>入党日期</translation>
    </message>
    <message>
      <source>Transferred out</source>
      <translation>转出</translation>
    </message>
    <message>
      <source>No party members yet. Click “New” and choose a person from the roster.</source>
      <translation>还没有党员。点击“新建”，从村民档案中选择本人。</translation>
    </message>
    <message>
      <source>Full member since</source>
      <translation>转正日期</translation>
    </message>
    <message>
      <source>Probation ends</source>
      <translation>预备期满</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Full membership (转正)</source>
      <translation>转正</translation>
    </message>
    <message>
      <source>Transfer out</source>
      <translation>转出</translation>
    </message>
    <message>
      <source>Already transferred out.</source>
      <translation>已经转出。</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>修改</translation>
    </message>
    <message>
      <source>Probationary</source>
      <translation>预备党员</translation>
    </message>
    <message>
      <source>Full member</source>
      <translation>正式党员</translation>
    </message>
    <message>
      <source>Only a probationary member becomes a full member.</source>
      <translation>只有预备党员才需要转正。</translation>
    </message>
    <message>
      <source>The year of probation ends on {0}.</source>
      <translation>预备期到{0}才满一年。</translation>
    </message>
    <message>
      <source>New party member</source>
      <translation>登记党员</translation>
    </message>
    <message>
      <source>Party member: {0}</source>
      <translation>党员：{0}</translation>
    </message>
    <message>
      <source>Full membership: {0}</source>
      <translation>{0}转正</translation>
    </message>
    <message>
      <source>Transfer out: {0}</source>
      <translation>{0}转出</translation>
    </message>
  </context>
  <context>
    <name>NoticeForm</name>
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
      <source>Reviewer</source>
      <translation>审核人</translation>
    </message>
    <message>
      <source>Opinion</source>
      <translation>审核意见</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>审核结论</translation>
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
      <source>Posting date</source>
      <translation>公开日期</translation>
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
      <source>Objection</source>
      <translation>异议</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>答复内容</translation>
    </message>
    <message>
      <source>Answered by</source>
      <translation>答复人</translation>
    </message>
  </context>
  <context>
    <name>NoticesTab</name>
    <message>
      <source>Notices</source>
      <translation>公开事项</translation>
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
      <source>No notices yet. Click “New” to add the first one.</source>
      <translation>还没有公开事项。点击“新建”添加第一条。</translation>
    </message>
    <message>
      <source>Search titles</source>
      <translation>搜索标题</translation>
    </message>
    <message>
      <source>All categories</source>
      <translation>全部类别</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>草稿</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>审核</translation>
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
      <source>A correction of this notice exists already.</source>
      <translation>这条公开事项已有更正公告。</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>打印</translation>
    </message>
    <message>
      <source>Edit notice</source>
      <translation>修改公开事项</translation>
    </message>
    <message>
      <source>New notice</source>
      <translation>新建公开事项</translation>
    </message>
    <message>
      <source>Delete the draft “{0}”?</source>
      <translation>删除草稿“{0}”？</translation>
    </message>
    <message>
      <source>Supervision committee review</source>
      <translation>村务监督委员会审核</translation>
    </message>
    <message>
      <source>Answer objection</source>
      <translation>答复异议</translation>
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
    <name>PartyPage</name>
    <message>
      <source>Party building</source>
      <extracomment>the tables the status line reads</extracomment>
      <translation>党建</translation>
    </message>
    <message>
      <source>Branch facts (secretary, dual post)…</source>
      <translation>党组织信息（书记、一肩挑）…</translation>
    </message>
    <message>
      <source>Print the party points of Q{0}</source>
      <translation>打印第{0}季度党员积分公示</translation>
    </message>
    <message>
      <source>Search meetings, pledges, members and posts (Ctrl+F)</source>
      <translation>搜索会议、承诺、党员和示范岗（Ctrl+F）</translation>
    </message>
    <message>
      <source>{0}: {1} model posts · training {2} days · reserve cadres {3} · wealth leaders {4} · collective economy: {5}</source>
      <translation>{0}年：示范岗{1}个 · 书记培训{2}天 · 雏雁{3}人 · 致富带头人{4}人 · 集体经济：{5}</translation>
    </message>
    <message>
      <source>Branch facts</source>
      <translation>党组织信息</translation>
    </message>
  </context>
  <context>
    <name>PatrolForm</name>
    <message>
      <source>Date</source>
      <translation>巡逻日期</translation>
    </message>
    <message>
      <source>Shift</source>
      <translation>班次</translation>
    </message>
    <message>
      <source>Members (separated by 、)</source>
      <translation>巡逻队员（用、分隔）</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>巡逻路线</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>巡逻发现</translation>
    </message>
  </context>
  <context>
    <name>PatrolsTab</name>
    <message>
      <source>Patrols</source>
      <translation>巡逻记录</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Shift</source>
      <translation>班次</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>巡逻队员</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>巡逻路线</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>巡逻发现</translation>
    </message>
    <message>
      <source>No patrols recorded yet. Click “New” to record one.</source>
      <translation>还没有巡逻记录。点击“新建”添加第一条。</translation>
    </message>
    <message>
      <source>All shifts</source>
      <translation>全部班次</translation>
    </message>
    <message>
      <source>Nothing unusual</source>
      <translation>未发现异常</translation>
    </message>
    <message>
      <source>Already recorded as a finding.</source>
      <translation>已经转为排查发现。</translation>
    </message>
    <message>
      <source>Record as a dispute finding</source>
      <translation>转为矛盾纠纷排查发现</translation>
    </message>
    <message>
      <source>New patrol</source>
      <translation>新建巡逻记录</translation>
    </message>
    <message>
      <source>Patrol log</source>
      <translation>红袖章巡逻记录</translation>
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
    <name>PersonsTab</name>
    <message>
      <source>Show ID numbers</source>
      <translation>显示完整证件号</translation>
    </message>
    <message>
      <source>Show full ID numbers and phone numbers until you leave this page</source>
      <translation>显示完整的身份证号和电话，离开本页后自动隐藏</translation>
    </message>
    <message>
      <source>Villagers</source>
      <translation>村民</translation>
    </message>
    <message>
      <source>Name</source>
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
      <translation>电话</translation>
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
      <translation>村民小组</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>与户主关系</translation>
    </message>
    <message>
      <source>No villager matches. Change the search or choose All groups.</source>
      <translation>没有符合条件的村民。请修改搜索内容或选择“全部小组”。</translation>
    </message>
    <message>
      <source>No villagers yet. Click New household, or import an .xlsx roster.</source>
      <translation>还没有村民档案。点击“新建户”添加，或导入Excel格式的村民档案表。</translation>
    </message>
    <message>
      <source>Search name, ID number, phone, household no., head, address (Ctrl+F)</source>
      <translation>搜索姓名、身份证号、电话、户号、户主、住址（Ctrl+F）</translation>
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
      <source> ({0} years)</source>
      <translation>（{0}岁）</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>所在户</translation>
    </message>
    <message>
      <source>{0} · head {1} · group {2}</source>
      <translation>户号{0}，户主{1}，{2}组</translation>
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
      <source>History</source>
      <translation>修改记录</translation>
    </message>
  </context>
  <context>
    <name>PetitionForm</name>
    <message>
      <source>Petitioner</source>
      <translation>信访人</translation>
    </message>
    <message>
      <source>Number of people</source>
      <translation>人数</translation>
    </message>
    <message>
      <source>Date received</source>
      <translation>登记日期</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>信访方式</translation>
    </message>
    <message>
      <source>Matter</source>
      <translation>信访事项</translation>
    </message>
    <message>
      <source>Leader in charge (包案)</source>
      <translation>包案领导</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>办理环节</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Handled by</source>
      <translation>承办人或单位</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>要求或说明</translation>
    </message>
    <message>
      <source>Date closed</source>
      <translation>办结日期</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>办理结果</translation>
    </message>
    <message>
      <source>Petitioner's satisfaction</source>
      <translation>信访人满意度</translation>
    </message>
  </context>
  <context>
    <name>PetitionsTab</name>
    <message>
      <source>Petitions</source>
      <translation>信访</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>登记日期</translation>
    </message>
    <message>
      <source>Petitioner</source>
      <translation>信访人</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>信访方式</translation>
    </message>
    <message>
      <source>Matter</source>
      <translation>信访事项</translation>
    </message>
    <message>
      <source>Leader in charge</source>
      <translation>包案领导</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>办理期限</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>已超期</translation>
    </message>
    <message>
      <source>No petitions registered. Click “New” to register one.</source>
      <translation>还没有信访登记。点击“新建”登记第一件。</translation>
    </message>
    <message>
      <source>All states</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>办理结果</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>满意度</translation>
    </message>
    <message>
      <source>The petition is closed.</source>
      <translation>这件信访已经办结。</translation>
    </message>
    <message>
      <source>Assign / pass on / chase</source>
      <translation>交办/转办/督办</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>办结</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>登记</translation>
    </message>
    <message>
      <source>Being handled</source>
      <translation>办理中</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>办结</translation>
    </message>
    <message>
      <source>Register a petition</source>
      <translation>信访登记</translation>
    </message>
  </context>
  <context>
    <name>PointsForm</name>
    <message>
      <source>Household</source>
      <translation>所在户</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>积分规则</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
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
      <source>Item</source>
      <translation>项目</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>积分</translation>
    </message>
    <message>
      <source>Cash top-up (yuan)</source>
      <translation>补现金（元）</translation>
    </message>
  </context>
  <context>
    <name>PointsTab</name>
    <message>
      <source>Household points</source>
      <translation>户积分</translation>
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
      <source>No points in this quarter. Click “New” to add the first entry.</source>
      <translation>本季度还没有积分。点击“新建”添加第一条。</translation>
    </message>
    <message>
      <source>{0} Q{1}</source>
      <translation>{0}年第{1}季度</translation>
    </message>
    <message>
      <source>This quarter</source>
      <translation>本季度</translation>
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
      <source>Add points…</source>
      <translation>记分…</translation>
    </message>
    <message>
      <source>Redeem at the store…</source>
      <translation>积分兑换…</translation>
    </message>
    <message>
      <source>Add points</source>
      <translation>记分</translation>
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
  </context>
  <context>
    <name>PostForm</name>
    <message>
      <source>Post</source>
      <translation>岗位</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>党员</translation>
    </message>
    <message>
      <source>Duties</source>
      <translation>岗位职责</translation>
    </message>
    <message>
      <source>Set on</source>
      <translation>设岗日期</translation>
    </message>
    <message>
      <source>Ended on</source>
      <translation>撤岗日期</translation>
    </message>
  </context>
  <context>
    <name>PostsTab</name>
    <message>
      <source>Model posts</source>
      <translation>党员示范岗</translation>
    </message>
    <message>
      <source>In force</source>
      <translation>现有示范岗</translation>
    </message>
    <message>
      <source>Including ended</source>
      <translation>含已撤销</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>岗位</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>党员</translation>
    </message>
    <message>
      <source>Set on</source>
      <translation>设岗日期</translation>
    </message>
    <message>
      <source>Ended on</source>
      <translation>撤岗日期</translation>
    </message>
    <message>
      <source>No model posts yet. Click “New” to set the first one (3–5 are asked for).</source>
      <translation>还没有党员示范岗。点击“新建”设立第一个（每村应设3–5个）。</translation>
    </message>
    <message>
      <source>{0} posts in force</source>
      <translation>现有示范岗{0}个</translation>
    </message>
    <message>
      <source>Duties</source>
      <translation>岗位职责</translation>
    </message>
    <message>
      <source>End the post</source>
      <translation>撤销示范岗</translation>
    </message>
    <message>
      <source>The post has ended.</source>
      <translation>这个示范岗已撤销。</translation>
    </message>
    <message>
      <source>New model post</source>
      <translation>新设示范岗</translation>
    </message>
    <message>
      <source>End the post: {0}</source>
      <translation>撤销示范岗：{0}</translation>
    </message>
  </context>
  <context>
    <name>RecordFields</name>
    <message>
      <source>Category</source>
      <extracomment>(table, column) → the enum whose ``.label`` names a stored code; "*" matches any table. Columns that hold a yes/no flag. Columns whose values are dates (or timestamps) even without a date-like name. Structured payloads that have their own sheet; never shown as text.</extracomment>
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
      <source>Period</source>
      <translation>期间</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>附件</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Reviewer</source>
      <translation>审核人</translation>
    </message>
    <message>
      <source>Review opinion</source>
      <translation>审核意见</translation>
    </message>
    <message>
      <source>Review date</source>
      <translation>审核日期</translation>
    </message>
    <message>
      <source>Approved on</source>
      <translation>批准日期</translation>
    </message>
    <message>
      <source>Posted on</source>
      <translation>公开日期</translation>
    </message>
    <message>
      <source>Publicity days</source>
      <translation>公示天数</translation>
    </message>
    <message>
      <source>Board</source>
      <translation>公开栏</translation>
    </message>
    <message>
      <source>Archived on</source>
      <translation>归档日期</translation>
    </message>
    <message>
      <source>Addressed to</source>
      <translation>发往</translation>
    </message>
    <message>
      <source>Created on</source>
      <translation>创建日期</translation>
    </message>
    <message>
      <source>Raised by</source>
      <translation>提出人</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Raised on</source>
      <translation>提出日期</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>答复</translation>
    </message>
    <message>
      <source>Answered by</source>
      <translation>答复人</translation>
    </message>
    <message>
      <source>Answered on</source>
      <translation>答复日期</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>事项</translation>
    </message>
    <message>
      <source>Legal basis</source>
      <translation>法律依据</translation>
    </message>
    <message>
      <source>Frequency</source>
      <translation>公开频次</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <source>Quarter</source>
      <translation>季度</translation>
    </message>
    <message>
      <source>Opening balance</source>
      <translation>期初余额</translation>
    </message>
    <message>
      <source>Closing balance</source>
      <translation>期末余额</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>收支明细</translation>
    </message>
    <message>
      <source>Finance review group members</source>
      <translation>民主理财小组成员</translation>
    </message>
    <message>
      <source>Supervision opinion</source>
      <translation>监委会意见</translation>
    </message>
    <message>
      <source>Prepared by</source>
      <translation>制表人</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>步骤</translation>
    </message>
    <message>
      <source>Merged with the next step</source>
      <translation>与下一步合并</translation>
    </message>
    <message>
      <source>Held on</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>形式</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>应到</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>实到</translation>
    </message>
    <message>
      <source>Approving</source>
      <translation>同意</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Remarks</source>
      <translation>备注</translation>
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
      <source>Measures</source>
      <translation>措施</translation>
    </message>
    <message>
      <source>Feedback</source>
      <translation>反馈</translation>
    </message>
    <message>
      <source>Dossier no.</source>
      <translation>卷宗号</translation>
    </message>
    <message>
      <source>Dispute type</source>
      <translation>纠纷类型</translation>
    </message>
    <message>
      <source>Registered on</source>
      <translation>登记日期</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>People involved</source>
      <translation>涉及人数</translation>
    </message>
    <message>
      <source>Risk of a crime</source>
      <translation>有激化为刑事案件风险</translation>
    </message>
    <message>
      <source>Risk of a petition</source>
      <translation>有上访风险</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Accepted on</source>
      <translation>受理日期</translation>
    </message>
    <message>
      <source>Settled on</source>
      <translation>调结日期</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>协议形式</translation>
    </message>
    <message>
      <source>Follow-up due</source>
      <translation>回访期限</translation>
    </message>
    <message>
      <source>Escalated</source>
      <translation>已上报</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>身份</translation>
    </message>
    <message>
      <source>Name</source>
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
      <source>Born</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <source>Occupation</source>
      <translation>职业</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>住址</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>身份证号</translation>
    </message>
    <message>
      <source>Representative</source>
      <translation>代理人</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>种类</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Detail</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>经办人</translation>
    </message>
    <message>
      <source>Recorded at</source>
      <translation>记录时间</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>在任</translation>
    </message>
    <message>
      <source>Adopted on</source>
      <translation>通过日期</translation>
    </message>
    <message>
      <source>Review result</source>
      <translation>审查结论</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Clause</source>
      <translation>条款</translation>
    </message>
    <message>
      <source>Chapter</source>
      <translation>章</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>村民小组</translation>
    </message>
    <message>
      <source>Deed / problem</source>
      <translation>事迹/问题</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>证据</translation>
    </message>
    <message>
      <source>Rectification required</source>
      <translation>整改要求</translation>
    </message>
    <message>
      <source>Reported on</source>
      <translation>登记日期</translation>
    </message>
    <message>
      <source>Reported by</source>
      <translation>登记人</translation>
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
      <source>Reviewers</source>
      <translation>评议人员</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>上榜月份</translation>
    </message>
    <message>
      <source>On the board until</source>
      <translation>上榜至</translation>
    </message>
    <message>
      <source>Closed on</source>
      <translation>办结日期</translation>
    </message>
    <message>
      <source>Rectification check</source>
      <translation>整改核查</translation>
    </message>
    <message>
      <source>Taken down on</source>
      <translation>撤榜日期</translation>
    </message>
    <message>
      <source>Reason taken down</source>
      <translation>撤榜原因</translation>
    </message>
    <message>
      <source>Objection</source>
      <translation>异议</translation>
    </message>
    <message>
      <source>Virtue</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Shown false</source>
      <translation>经查不实</translation>
    </message>
    <message>
      <source>Nominated by</source>
      <translation>推荐方式</translation>
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
      <source>Order</source>
      <translation>序号</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Cycle</source>
      <translation>评定年度</translation>
    </message>
    <message>
      <source>Rated on</source>
      <translation>评定日期</translation>
    </message>
    <message>
      <source>Stars</source>
      <translation>所获星目</translation>
    </message>
    <message>
      <source>Disqualifying conditions</source>
      <translation>否决情形</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>情况说明</translation>
    </message>
    <message>
      <source>Plaque awarded on</source>
      <translation>授牌日期</translation>
    </message>
    <message>
      <source>Revoked on</source>
      <translation>摘牌日期</translation>
    </message>
    <message>
      <source>Reason revoked</source>
      <translation>摘牌原因</translation>
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
      <source>Points</source>
      <translation>分值</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>规则编号</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>批准人</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>现金</translation>
    </message>
    <message>
      <source>Household no.</source>
      <translation>户号</translation>
    </message>
    <message>
      <source>Head of household</source>
      <translation>户主</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>与户主关系</translation>
    </message>
    <message>
      <source>Fingerprint</source>
      <translation>指纹</translation>
    </message>
    <message>
      <source>Revoked at</source>
      <translation>吊销时间</translation>
    </message>
    <message>
      <source>on the roll</source>
      <translation>在册</translation>
    </message>
    <message>
      <source>left</source>
      <translation>已离开</translation>
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
      <source>all villages</source>
      <translation>全部村</translation>
    </message>
  </context>
  <context>
    <name>RecordPage</name>
    <message>
      <source>New</source>
      <extracomment>the tabs reload themselves for the tables they show (the main window leaves them be)</extracomment>
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
      <source>Nothing found.</source>
      <translation>没有找到。</translation>
    </message>
  </context>
  <context>
    <name>RecordTab</name>
    <message>
      <source>Nothing here yet. Click “New” to add the first one.</source>
      <extracomment>objectName prefix: ``&lt;name&gt;Table``, ``&lt;name&gt;Search``, ``&lt;name&gt;DetailPane``… the tables this tab shows: it refreshes when an operation wrote one of them key of a DATE column to offer a date range on, or "" for none a town's look at a village: no New, no workflow actions read the rows a page at a time from :meth:`open_rows` (sorted and filtered in SQL)</extracomment>
      <translation>还没有记录。点击“新建”添加第一条。</translation>
    </message>
    <message>
      <source>Search this list</source>
      <translation>在本列表中搜索</translation>
    </message>
  </context>
  <context>
    <name>RedBlackForm</name>
    <message>
      <source>List</source>
      <translation>榜别</translation>
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
      <source>Household</source>
      <translation>所在户</translation>
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
      <source>Evidence</source>
      <translation>证据材料</translation>
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
      <source>Board month</source>
      <translation>上榜月份</translation>
    </message>
    <message>
      <source>Posted on</source>
      <translation>上榜日期</translation>
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
      <source>Taken down on</source>
      <translation>撤榜日期</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <source>Objection</source>
      <translation>异议</translation>
    </message>
    <message>
      <source>Finding (why it is false)</source>
      <translation>核查结论（为何不实）</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
  </context>
  <context>
    <name>RedBlackPage</name>
    <message>
      <source>Red/black board</source>
      <translation>红黑榜</translation>
    </message>
    <message>
      <source>Take down entries whose stay has ended</source>
      <translation>上榜期已满的一律下榜</translation>
    </message>
    <message>
      <source>New version of the village rules…</source>
      <translation>新建村规民约版本…</translation>
    </message>
    <message>
      <source>Print black-board names in full</source>
      <translation>黑榜姓名完整打印（不打码）</translation>
    </message>
  </context>
  <context>
    <name>RedBlackTab</name>
    <message>
      <source>Red/black board</source>
      <translation>红黑榜</translation>
    </message>
    <message>
      <source>List</source>
      <translation>榜别</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
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
      <source>Month</source>
      <translation>月份</translation>
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
      <source>No entries yet. Click “New” to report the first one.</source>
      <translation>还没有红黑榜条目。点击“新建”添加第一条。</translation>
    </message>
    <message>
      <source>Search name, category, text</source>
      <translation>搜索姓名、类别、内容</translation>
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
      <translation>公开</translation>
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
      <source>Group {0}</source>
      <translation>{0}组</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>证据材料</translation>
    </message>
    <message>
      <source>Clause</source>
      <translation>条款</translation>
    </message>
    <message>
      <source>Rectification</source>
      <translation>整改要求</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>办理期限</translation>
    </message>
    <message>
      <source>Council</source>
      <translation>道德评议会</translation>
    </message>
    <message>
      <source>Opinion</source>
      <translation>审核意见</translation>
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
      <source>Edit entry</source>
      <translation>修改记录</translation>
    </message>
    <message>
      <source>New red/black entry</source>
      <translation>新建红黑榜记录</translation>
    </message>
    <message>
      <source>Verify</source>
      <translation>核实</translation>
    </message>
    <message>
      <source>Council review</source>
      <translation>道德评议会评议</translation>
    </message>
    <message>
      <source>Post on the board</source>
      <translation>张贴公开</translation>
    </message>
    <message>
      <source>Rectified</source>
      <translation>整改到位</translation>
    </message>
    <message>
      <source>Take down</source>
      <translation>撤榜</translation>
    </message>
    <message>
      <source>Objection upheld: remove the entry</source>
      <translation>异议成立：撤销这条记录</translation>
    </message>
    <message>
      <source>{0} entries taken off the board.</source>
      <translation>已有{0}条记录到期下榜。</translation>
    </message>
  </context>
  <context>
    <name>ReviewForm</name>
    <message>
      <source>Council meeting</source>
      <translation>道德评议会会议</translation>
    </message>
    <message>
      <source>(not recorded)</source>
      <translation>（未记录）</translation>
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
      <source>Empty: those at the meeting chosen</source>
      <translation>留空：取所选会议的参会人员</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>审核结论</translation>
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
      <source>Opinion</source>
      <translation>审核意见</translation>
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
      <source>Add a person, or a household first (Ctrl+N)</source>
      <translation>新增人员；还没有户时先新建户（Ctrl+N）</translation>
    </message>
    <message>
      <source>New household</source>
      <translation>新建户</translation>
    </message>
    <message>
      <source>Import .xlsx</source>
      <translation>导入Excel</translation>
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
  </context>
  <context>
    <name>SafetyPage</name>
    <message>
      <source>Safe village</source>
      <translation>平安</translation>
    </message>
  </context>
  <context>
    <name>SavedNote</name>
    <message>
      <source>Open folder</source>
      <translation>打开文件夹</translation>
    </message>
    <message>
      <source>Hide this note</source>
      <translation>不再显示这条提示</translation>
    </message>
    <message>
      <source>Saved to {path}</source>
      <translation>已保存到 {path}</translation>
    </message>
  </context>
  <context>
    <name>ScorecardPage</name>
    <message>
      <source>Assessment</source>
      <translation>考核</translation>
    </message>
    <message>
      <source>Year-end binder…</source>
      <translation>装订年度台账…</translation>
    </message>
  </context>
  <context>
    <name>ScorecardTab</name>
    <message>
      <source>Scorecard</source>
      <extracomment>Text colour of a cell per grade (达标 green, 接近 amber, 未达标 red, 无数据 grey).</extracomment>
      <translation>考核结果</translation>
    </message>
    <message>
      <source>Our card</source>
      <translation>本村考核</translation>
    </message>
    <message>
      <source>No village enrolled yet: the scorecard lists the villages that send files.</source>
      <translation>还没有登记的村：考核表列出报送同步文件的各村。</translation>
    </message>
    <message>
      <source>This year so far ({year})</source>
      <translation>本年截至今日（{year}）</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>名次</translation>
    </message>
    <message>
      <source>Village</source>
      <translation>村</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>得分</translation>
    </message>
    <message>
      <source>Data as of</source>
      <translation>数据截至</translation>
    </message>
    <message>
      <source>Last file received</source>
      <translation>最近收到的同步文件</translation>
    </message>
    <message>
      <source>Enter an inspection…</source>
      <translation>录入实地检查结果…</translation>
    </message>
    <message>
      <source>{name}: {total} of {possible} points, rank {rank}</source>
      <translation>{name}：{total}/{possible}分，第{rank}名</translation>
    </message>
    <message>
      <source>{village}: {item} — {value} (read-only)</source>
      <translation>{village}：{item} — {value}（只读）</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>考核项目</translation>
    </message>
    <message>
      <source>Figure</source>
      <translation>检查得分</translation>
    </message>
    <message>
      <source>Inspected by</source>
      <translation>检查人</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Inspection of {name}</source>
      <translation>{name}实地检查</translation>
    </message>
    <message>
      <source>Select the village whose ledgers to bind.</source>
      <translation>请先在考核表中选择要装订台账的村。</translation>
    </message>
    <message>
      <source>Binding the year's ledgers</source>
      <translation>正在装订年度台账</translation>
    </message>
  </context>
  <context>
    <name>ScreeningForm</name>
    <message>
      <source>Nothing found (nil return)</source>
      <translation>未发现（零报告）</translation>
    </message>
    <message>
      <source>Date of the sweep</source>
      <translation>排查日期</translation>
    </message>
    <message>
      <source>Swept by</source>
      <translation>排查人</translation>
    </message>
    <message>
      <source>Area covered</source>
      <translation>排查范围</translation>
    </message>
    <message>
      <source>All villager groups</source>
      <translation>全村各村民小组</translation>
    </message>
    <message>
      <source>Dispute found</source>
      <translation>发现的纠纷</translation>
    </message>
    <message>
      <source>Dispute type</source>
      <translation>纠纷类型</translation>
    </message>
    <message>
      <source>Risk</source>
      <translation>风险等级</translation>
    </message>
    <message>
      <source>Party</source>
      <translation>当事人</translation>
    </message>
    <message>
      <source>Other party</source>
      <translation>另一方当事人</translation>
    </message>
    <message>
      <source>What is brewing</source>
      <translation>纠纷苗头</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Mediator</source>
      <translation>调解员</translation>
    </message>
    <message>
      <source>How it was handled</source>
      <translation>处置情况</translation>
    </message>
  </context>
  <context>
    <name>SessionForm</name>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>形式</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>主题</translation>
    </message>
    <message>
      <source>Lecturer</source>
      <translation>主讲人</translation>
    </message>
    <message>
      <source>Audience</source>
      <translation>对象</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>学时</translation>
    </message>
    <message>
      <source>From the study list</source>
      <translation>学法名单中的人员</translation>
    </message>
    <message>
      <source>Others from the roster</source>
      <translation>村民档案中的其他人员</translation>
    </message>
    <message>
      <source>Villager</source>
      <translation>村民</translation>
    </message>
    <message>
      <source>Exam scores</source>
      <translation>考试成绩</translation>
    </message>
    <message>
      <source>One a line, e.g. 王建国 92 (exams only)</source>
      <translation>每行一人，如：王建国 92（仅考试填写）</translation>
    </message>
    <message>
      <source>Materials</source>
      <translation>学习资料</translation>
    </message>
    <message>
      <source>One file name a line</source>
      <translation>每行一个文件名</translation>
    </message>
  </context>
  <context>
    <name>SessionsTab</name>
    <message>
      <source>Study sessions</source>
      <translation>学法记录</translation>
    </message>
    <message>
      <source>No study sessions yet. Click “New” to record the first one.</source>
      <translation>还没有学法记录。点击“新建”添加第一次。</translation>
    </message>
    <message>
      <source>Search topics, lecturers</source>
      <translation>搜索主题、主讲人</translation>
    </message>
    <message>
      <source>All forms</source>
      <translation>全部形式</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>形式</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>主题</translation>
    </message>
    <message>
      <source>Lecturer</source>
      <translation>主讲人</translation>
    </message>
    <message>
      <source>Audience</source>
      <translation>对象</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>学时</translation>
    </message>
    <message>
      <source>Attended</source>
      <translation>参加人员</translation>
    </message>
    <message>
      <source>Materials</source>
      <translation>学习资料</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Delete this session? It no longer counts for anyone.</source>
      <translation>删除这次学法记录吗？删除后不再计入任何人的学法次数。</translation>
    </message>
    <message>
      <source>New study session</source>
      <translation>新建学法记录</translation>
    </message>
    <message>
      <source>Law study and publicity ledger {year}</source>
      <translation>{year}年学法普法台账</translation>
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
      <source>General</source>
      <translation>常规</translation>
    </message>
    <message>
      <source>About</source>
      <translation>关于</translation>
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
    <name>SiteForm</name>
    <message>
      <source>Site name</source>
      <translation>阵地名称</translation>
    </message>
    <message>
      <source>Outdoor area (m²)</source>
      <translation>室外面积（平方米）</translation>
    </message>
    <message>
      <source>Service points</source>
      <translation>服务设施</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>SitesTab</name>
    <message>
      <source>Sites</source>
      <translation>法治阵地</translation>
    </message>
    <message>
      <source>No rule-of-law site recorded yet. Click “New” to add one.</source>
      <translation>还没有法治阵地。点击“新建”添加。</translation>
    </message>
    <message>
      <source>Site</source>
      <translation>阵地名称</translation>
    </message>
    <message>
      <source>Outdoor area (m²)</source>
      <translation>室外面积（平方米）</translation>
    </message>
    <message>
      <source>Service points</source>
      <translation>服务设施</translation>
    </message>
    <message>
      <source>All sites</source>
      <translation>全部阵地</translation>
    </message>
    <message>
      <source>{area} m² of {target}; missing: {missing}</source>
      <translation>合计{area}平方米（目标{target}）；尚缺：{missing}</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>修改</translation>
    </message>
    <message>
      <source>New site</source>
      <translation>新建法治阵地</translation>
    </message>
    <message>
      <source>Edit site</source>
      <translation>修改法治阵地</translation>
    </message>
  </context>
  <context>
    <name>SixNilForm</name>
    <message>
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Checked by</source>
      <translation>自查人</translation>
    </message>
    <message>
      <source>mediation log: {n} this year</source>
      <translation>调解台账：本年{n}件</translation>
    </message>
    <message>
      <source>met</source>
      <translation>达标</translation>
    </message>
    <message>
      <source>Evidence / note</source>
      <translation>依据 / 说明</translation>
    </message>
  </context>
  <context>
    <name>SixNilTab</name>
    <message>
      <source>Six-nil check</source>
      <translation>六无村</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <source>Checked</source>
      <translation>已自查</translation>
    </message>
    <message>
      <source>Items met</source>
      <translation>达标项</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Checked by</source>
      <translation>自查人</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>not yet</source>
      <translation>未自查</translation>
    </message>
    <message>
      <source>met</source>
      <translation>达标</translation>
    </message>
    <message>
      <source>not met</source>
      <translation>未达标</translation>
    </message>
    <message>
      <source>Correct the check</source>
      <translation>修改自查</translation>
    </message>
    <message>
      <source>Fill in the check</source>
      <translation>填写自查</translation>
    </message>
    <message>
      <source>Six-nil village {year}</source>
      <translation>{year}年六无村自查</translation>
    </message>
    <message>
      <source>Six-nil self-check</source>
      <translation>六无村自查</translation>
    </message>
  </context>
  <context>
    <name>StarsForm</name>
    <message>
      <source>Household</source>
      <translation>所在户</translation>
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
      <source>Star</source>
      <translation>星目</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
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
      <source>Year-end points reset…</source>
      <translation>年终积分清零…</translation>
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
    <name>StarsTab</name>
    <message>
      <source>Ten-star households</source>
      <translation>十星级文明户</translation>
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
      <source>No household rated in this cycle. Click “New” to rate the first one.</source>
      <translation>本周期还没有评定的户。点击“新建”评定第一户。</translation>
    </message>
    <message>
      <source>Last year's cycle</source>
      <translation>上一年度周期</translation>
    </message>
    <message>
      <source>{0} cycle</source>
      <translation>{0}年度</translation>
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
      <source>Rated on</source>
      <translation>评定日期</translation>
    </message>
    <message>
      <source>Reviewed by</source>
      <translation>评议机构</translation>
    </message>
    <message>
      <source>Award plaque</source>
      <translation>授牌</translation>
    </message>
    <message>
      <source>Not eligible: {0}</source>
      <translation>不具备资格：{0}</translation>
    </message>
    <message>
      <source>Take a star away…</source>
      <translation>摘星…</translation>
    </message>
    <message>
      <source>The household holds no star.</source>
      <translation>这户没有星。</translation>
    </message>
    <message>
      <source>Revoke plaque…</source>
      <translation>摘牌…</translation>
    </message>
    <message>
      <source>Rated</source>
      <translation>评定</translation>
    </message>
    <message>
      <source>Plaque awarded</source>
      <translation>授牌</translation>
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
      <source>Revoke plaque</source>
      <translation>摘牌</translation>
    </message>
    <message>
      <source>The household cannot be rated again for two years.</source>
      <translation>摘牌后该户两年内不得参评。</translation>
    </message>
  </context>
  <context>
    <name>SweepsTab</name>
    <message>
      <source>Sweeps</source>
      <translation>排查记录</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>排查日期</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>排查周期</translation>
    </message>
    <message>
      <source>Swept by</source>
      <translation>排查人</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>排查范围</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Nil return</source>
      <translation>零报告</translation>
    </message>
    <message>
      <source>Disputes found</source>
      <translation>有发现</translation>
    </message>
    <message>
      <source>No sweeps recorded yet. Click “New” to record the first one.</source>
      <translation>还没有排查记录。点击“新建”登记第一次排查。</translation>
    </message>
    <message>
      <source>Finding</source>
      <translation>排查发现</translation>
    </message>
    <message>
      <source>Add a finding</source>
      <translation>补充排查发现</translation>
    </message>
    <message>
      <source>New sweep</source>
      <translation>新建排查记录</translation>
    </message>
    <message>
      <source>Screening register</source>
      <translation>矛盾纠纷排查登记表</translation>
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
      <source>Exporting…</source>
      <translation>正在导出…</translation>
    </message>
  </context>
  <context>
    <name>TargetsTab</name>
    <message>
      <source>Targets</source>
      <translation>考核目录</translation>
    </message>
    <message>
      <source>The catalogue is empty.</source>
      <translation>考核目录是空的。</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Part</source>
      <translation>板块</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>考核项目</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>目标</translation>
    </message>
    <message>
      <source>Near from</source>
      <translation>接近值</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>分值</translation>
    </message>
    <message>
      <source>Measured</source>
      <translation>计算方式</translation>
    </message>
    <message>
      <source>On site</source>
      <translation>实地检查</translation>
    </message>
    <message>
      <source>From the records</source>
      <translation>按台账计算</translation>
    </message>
    <message>
      <source>Catalogue</source>
      <translation>考核目录</translation>
    </message>
    <message>
      <source>The program's default</source>
      <translation>程序默认目录</translation>
    </message>
    <message>
      <source>Change…</source>
      <translation>修改…</translation>
    </message>
    <message>
      <source>Met at</source>
      <translation>达标值</translation>
    </message>
    <message>
      <source>Upper bound (0: none)</source>
      <translation>上限（0为不设）</translation>
    </message>
    <message>
      <source>Change {item}</source>
      <translation>修改：{item}</translation>
    </message>
    <message>
      <source>The change reaches the villages in the next sync files.</source>
      <translation>修改随下一次同步文件发给各村。</translation>
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
    <name>TitleForm</name>
    <message>
      <source>Level</source>
      <translation>级别</translation>
    </message>
    <message>
      <source>Year named</source>
      <translation>评定年度</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>TitlesTab</name>
    <message>
      <source>Model village</source>
      <translation>示范村</translation>
    </message>
    <message>
      <source>No 民主法治示范村 title recorded. Click “New” when the village is named.</source>
      <translation>还没有民主法治示范村记录。获评后点击“新建”登记。</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>级别</translation>
    </message>
    <message>
      <source>Year named</source>
      <translation>评定年度</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Model village title</source>
      <translation>民主法治示范村</translation>
    </message>
  </context>
  <context>
    <name>TownCivicTab</name>
    <message>
      <source>Villages</source>
      <translation>各村情况</translation>
    </message>
    <message>
      <source>No village enrolled yet, or none has sent a file.</source>
      <translation>还没有登记的村，或各村尚未报送同步文件。</translation>
    </message>
    <message>
      <source>Village</source>
      <translation>村</translation>
    </message>
    <message>
      <source>Councils set up</source>
      <translation>五会成立</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>会议次数</translation>
    </message>
    <message>
      <source>Worthies</source>
      <translation>乡贤</translation>
    </message>
    <message>
      <source>Given</source>
      <translation>乡贤捐资</translation>
    </message>
    <message>
      <source>Family rules</source>
      <translation>家规家训</translation>
    </message>
    <message>
      <source>Lectures</source>
      <translation>道德讲堂</translation>
    </message>
    <message>
      <source>Weddings and funerals within limits</source>
      <translation>红白事未超标</translation>
    </message>
    <message>
      <source>Councils that met</source>
      <translation>开过会的会</translation>
    </message>
    <message>
      <source>Dual review sessions</source>
      <translation>双评议场次</translation>
    </message>
    <message>
      <source>Over the limits</source>
      <translation>超标（待处理）</translation>
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
    <name>TownLawTab</name>
    <message>
      <source>Villages</source>
      <translation>各村法治</translation>
    </message>
    <message>
      <source>No village enrolled yet, or none has sent a file.</source>
      <translation>还没有登记的村，或各村还没有发来同步文件。</translation>
    </message>
    <message>
      <source>Village</source>
      <translation>村</translation>
    </message>
    <message>
      <source>Study sessions</source>
      <translation>学法次数</translation>
    </message>
    <message>
      <source>At target</source>
      <translation>学法达标</translation>
    </message>
    <message>
      <source>Constitution visits</source>
      <translation>宪法入户</translation>
    </message>
    <message>
      <source>Leaders</source>
      <translation>法治带头人</translation>
    </message>
    <message>
      <source>Law-savvy</source>
      <translation>法律明白人</translation>
    </message>
    <message>
      <source>Model households</source>
      <translation>示范户</translation>
    </message>
    <message>
      <source>Six-nil</source>
      <translation>六无村</translation>
    </message>
    <message>
      <source>{n} held, at least {t} needed</source>
      <translation>已开展{n}次，应不少于{t}次</translation>
    </message>
    <message>
      <source>Registers</source>
      <translation>名册（带头人/明白人/示范户）</translation>
    </message>
  </context>
  <context>
    <name>TownPartyPage</name>
    <message>
      <source>Party building in the villages</source>
      <translation>各村党建</translation>
    </message>
  </context>
  <context>
    <name>TownPartyTab</name>
    <message>
      <source>Villages</source>
      <extracomment>columns shown as numbers (sorted as numbers)</extracomment>
      <translation>各村</translation>
    </message>
    <message>
      <source>This year</source>
      <translation>本年度</translation>
    </message>
    <message>
      <source>Village</source>
      <translation>村</translation>
    </message>
    <message>
      <source>Party members</source>
      <translation>党员</translation>
    </message>
    <message>
      <source>Probationary</source>
      <translation>预备党员</translation>
    </message>
    <message>
      <source>Away</source>
      <translation>流动</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>三会一课</translation>
    </message>
    <message>
      <source>Missed</source>
      <translation>未按期召开</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>积分</translation>
    </message>
    <message>
      <source>Reviewed</source>
      <translation>民主评议</translation>
    </message>
    <message>
      <source>Model posts</source>
      <translation>党员示范岗</translation>
    </message>
    <message>
      <source>Training days</source>
      <translation>书记培训（天）</translation>
    </message>
    <message>
      <source>Reserve cadres</source>
      <translation>雏雁</translation>
    </message>
    <message>
      <source>Wealth leaders</source>
      <translation>致富带头人</translation>
    </message>
    <message>
      <source>Dual post</source>
      <translation>一肩挑</translation>
    </message>
    <message>
      <source>Collective income</source>
      <translation>集体经营收入</translation>
    </message>
    <message>
      <source>Collective economy</source>
      <translation>集体经济</translation>
    </message>
    <message>
      <source>No village has sent its records yet.</source>
      <translation>还没有村报送记录。</translation>
    </message>
  </context>
  <context>
    <name>TownSafetyTab</name>
    <message>
      <source>Villages</source>
      <translation>各村情况</translation>
    </message>
    <message>
      <source>No village enrolled yet, or none has sent a file.</source>
      <translation>还没有登记的村，或各村尚未报送同步文件。</translation>
    </message>
    <message>
      <source>Village</source>
      <translation>村</translation>
    </message>
    <message>
      <source>Sweeps on time</source>
      <translation>按期排查</translation>
    </message>
    <message>
      <source>Nil returns</source>
      <translation>零报告</translation>
    </message>
    <message>
      <source>Findings open</source>
      <translation>未化解</translation>
    </message>
    <message>
      <source>Petitions open (overdue)</source>
      <translation>信访办理中（逾期）</translation>
    </message>
    <message>
      <source>Patrols a month</source>
      <translation>月均巡逻</translation>
    </message>
    <message>
      <source>Credit files</source>
      <translation>信用建档</translation>
    </message>
    <message>
      <source>Findings by risk</source>
      <translation>按风险的排查发现</translation>
    </message>
    <message>
      <source>Self-check</source>
      <translation>平安村自查</translation>
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
    <name>TownsTab</name>
    <message>
      <source>Towns ranked</source>
      <translation>乡镇排名</translation>
    </message>
    <message>
      <source>No town in the county database yet: ingest the towns' files first.</source>
      <translation>县级数据库里还没有乡镇：请先导入各乡镇报送的文件。</translation>
    </message>
    <message>
      <source>This year so far ({year})</source>
      <translation>今年以来（{year}年）</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>名次</translation>
    </message>
    <message>
      <source>Town</source>
      <translation>乡镇</translation>
    </message>
    <message>
      <source>Mean score</source>
      <translation>村均分</translation>
    </message>
    <message>
      <source>Villages</source>
      <translation>村数</translation>
    </message>
    <message>
      <source>Data as of</source>
      <translation>数据截至</translation>
    </message>
    <message>
      <source>Oldest latest file</source>
      <translation>各村最新文件中最早的</translation>
    </message>
    <message>
      <source>{name}: {total} points on average over {count} villages, rank {rank}</source>
      <translation>{name}：{count}个村平均{total}分，第{rank}名</translation>
    </message>
    <message>
      <source>Show its villages</source>
      <translation>查看各村</translation>
    </message>
  </context>
  <context>
    <name>TrainingForm</name>
    <message>
      <source>Attended by</source>
      <translation>参训人</translation>
    </message>
    <message>
      <source>From</source>
      <translation>培训日期</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>天数</translation>
    </message>
    <message>
      <source>Organised by</source>
      <translation>主办单位</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>主题</translation>
    </message>
  </context>
  <context>
    <name>TrainingTab</name>
    <message>
      <source>Secretary training</source>
      <translation>书记培训</translation>
    </message>
    <message>
      <source>From</source>
      <translation>培训日期</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>天数</translation>
    </message>
    <message>
      <source>Attended by</source>
      <translation>参训人</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>主题</translation>
    </message>
    <message>
      <source>Organised by</source>
      <translation>主办单位</translation>
    </message>
    <message>
      <source>No training recorded yet. Click “New” to add the first one.</source>
      <translation>还没有培训记录。点击“新建”添加第一条。</translation>
    </message>
    <message>
      <source>{0}: {1} of {2} days</source>
      <translation>{0}年：已培训{1}天，应不少于{2}天</translation>
    </message>
    <message>
      <source>Record a training</source>
      <translation>登记培训</translation>
    </message>
  </context>
  <context>
    <name>VillageRecordsTab</name>
    <message>
      <source>Records</source>
      <extracomment>The stored columns that name a record, best first (the detail pane's title).</extracomment>
      <translation>记录</translation>
    </message>
    <message>
      <source>Click a figure to see the village's records.</source>
      <translation>点击上方的数字，查看该村的记录。</translation>
    </message>
  </context>
  <context>
    <name>VillageRulesForm</name>
    <message>
      <source>Title</source>
      <translation>标题</translation>
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
      <source>Title of the new version</source>
      <translation>新版本名称</translation>
    </message>
    <message>
      <source>Clause number</source>
      <translation>条号</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>内容</translation>
    </message>
  </context>
  <context>
    <name>VillageRulesTab</name>
    <message>
      <source>Village rules</source>
      <translation>村规民约</translation>
    </message>
    <message>
      <source>Clause</source>
      <translation>条款</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>序号</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>No village rules yet. Click “New” to write the first version.</source>
      <translation>还没有村规民约。点击“新建”起草第一个版本。</translation>
    </message>
    <message>
      <source>This version has no clauses yet. Click “New” to add the first one.</source>
      <translation>这个版本还没有条文。点击“新建”添加第一条。</translation>
    </message>
    <message>
      <source>Version in force</source>
      <translation>现行版本</translation>
    </message>
    <message>
      <source>{0} · {1} · legality review {2} {3} · adopted {4}</source>
      <translation>{0} · {1} · 合法性审查 {2} {3} · 通过 {4}</translation>
    </message>
    <message>
      <source>Clauses of a version in force are frozen: revise (copy) it to change them.</source>
      <translation>已施行版本的条文不能修改；请先“修订（复制）”出新版本再改。</translation>
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
      <source>Review and dates…</source>
      <translation>审查与日期…</translation>
    </message>
    <message>
      <source>Put in force</source>
      <translation>公布施行</translation>
    </message>
    <message>
      <source>This version is in force.</source>
      <translation>这个版本已经施行。</translation>
    </message>
    <message>
      <source>Revise (copy)…</source>
      <translation>修订（复制）…</translation>
    </message>
    <message>
      <source>New version…</source>
      <translation>新建版本…</translation>
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
    <name>VillagesTab</name>
    <message>
      <source>Villages</source>
      <translation>各村</translation>
    </message>
    <message>
      <source>No village's records in the county database yet.</source>
      <translation>县级数据库里还没有任何村的记录。</translation>
    </message>
    <message>
      <source>All towns</source>
      <translation>全部乡镇</translation>
    </message>
    <message>
      <source>County rank</source>
      <translation>全县名次</translation>
    </message>
    <message>
      <source>Rank in town</source>
      <translation>镇内名次</translation>
    </message>
    <message>
      <source>Town</source>
      <translation>乡镇</translation>
    </message>
    <message>
      <source>Village</source>
      <translation>村</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>得分</translation>
    </message>
    <message>
      <source>Data as of</source>
      <translation>数据截至</translation>
    </message>
    <message>
      <source>Last file received</source>
      <translation>最近收到的文件</translation>
    </message>
    <message>
      <source>{name}: {total} of {possible} points, rank {rank} in the county</source>
      <translation>{name}：{total}分（满分{possible}），全县第{rank}名</translation>
    </message>
    <message>
      <source>{village}: {item} — {value} (read-only)</source>
      <translation>{village}：{item} — {value}（只读）</translation>
    </message>
  </context>
  <context>
    <name>VisitForm</name>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Visited by</source>
      <translation>宣传人</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>WorthiesTab</name>
    <message>
      <source>Local worthies</source>
      <translation>乡贤</translation>
    </message>
    <message>
      <source>No worthies yet. Click “New” to enter the first one.</source>
      <translation>还没有乡贤。点击“新建”录入第一位。</translation>
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
      <source>Outside</source>
      <translation>在外</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>六大员职责</translation>
    </message>
    <message>
      <source>Given</source>
      <translation>捐资</translation>
    </message>
    <message>
      <source>Projects</source>
      <translation>项目</translation>
    </message>
    <message>
      <source>Lives in</source>
      <translation>现居地</translation>
    </message>
    <message>
      <source>Work</source>
      <translation>工作</translation>
    </message>
    <message>
      <source>Named on</source>
      <translation>聘任日期</translation>
    </message>
    <message>
      <source>Contributions</source>
      <translation>贡献</translation>
    </message>
    <message>
      <source>Record a contribution…</source>
      <translation>记录贡献…</translation>
    </message>
    <message>
      <source>Off the roll…</source>
      <translation>移出名录…</translation>
    </message>
    <message>
      <source>New local worthy</source>
      <translation>新增乡贤</translation>
    </message>
    <message>
      <source>Contribution of {name}</source>
      <translation>{name}的贡献</translation>
    </message>
    <message>
      <source>Take {name} off the roll of local worthies? The record stays.</source>
      <translation>把{name}移出乡贤名录吗？记录会保留。</translation>
    </message>
    <message>
      <source>Off the roll</source>
      <translation>移出名录</translation>
    </message>
  </context>
  <context>
    <name>WorthyForm</name>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Pick a villager, or type the name of one living outside</source>
      <translation>从村民中选择，或输入在外乡贤的姓名</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Roles (六大员)</source>
      <translation>六大员职责</translation>
    </message>
    <message>
      <source>Lives in</source>
      <translation>现居地</translation>
    </message>
    <message>
      <source>e.g. 西安市</source>
      <translation>如：西安市</translation>
    </message>
    <message>
      <source>Work</source>
      <translation>工作单位/职务</translation>
    </message>
    <message>
      <source>Named on</source>
      <translation>聘任日期</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>贡献类别</translation>
    </message>
    <message>
      <source>Amount (yuan)</source>
      <translation>金额（元）</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>项目</translation>
    </message>
    <message>
      <source>Mediation case helped</source>
      <translation>协助调解的案件</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>说明</translation>
    </message>
  </context>
  <context>
    <name>YearFilter</name>
    <message>
      <source>This year ({year})</source>
      <extracomment>Years a tab's year choice offers besides this one.</extracomment>
      <translation>本年（{year}）</translation>
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