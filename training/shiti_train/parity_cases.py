"""Inputs for parity.json, written for it (none comes from a corpus): the places where Python and
TypeScript preprocessing could drift apart — Latin, digits, full-width, emoji, astral characters,
CRLF, zero-width characters, HTML, odd whitespace, @ # * web addresses and emoji (decoding forces them outside
names), brackets a name leaves open, sentences with closing quotes and brackets (where windows are cut),
hard-wrapped lines (wraps undone), span edges (middle dots, legal-form brackets, table columns, days after a name,
letter-spaced names), codes glued to names (superscript marks, DOIs, flight numbers), names glued to numbers, and
a window of the maximum length."""

_LONG_UNIT = "新华社北京电，国务院总理李强在人民大会堂会见了来访的法国总统马克龙。"
_LONG = (_LONG_UNIT * 8)[:255] + "。"

PARITY_CASES: list[tuple[str, str]] = [
    ("news-basic", "习近平在北京会见了联合国秘书长古特雷斯。"),
    ("org-long", "中国人民银行上海总部今天发布了第三季度货币政策执行报告。"),
    ("halfwidth-latin", "Apple公司CEO Tim Cook昨天访问了上海浦东新区。"),
    ("halfwidth-digits", "2024年3月15日，李明在深圳市南山区参加会议。"),
    ("fullwidth", "ＡＢＣ公司总部位于广州，董事长王建国出席。"),
    ("emoji", "😀张伟和王芳去了杭州西湖🎉玩得很开心👍"),
    ("emoji-zwj", "👨‍👩‍👧一家人从成都出发前往拉萨。"),
    # Emoji right after names (decoding forces them outside names): skin tone, flag, variation selector, ZWJ family.
    ("emoji-names", "张伟👍和李娜🎉在北京见面，王芳👍🏽和刘洋🇨🇳去了❤️上海，👨‍👩‍👧一家人也来了。"),
    # Names that leave a bracket open (closed right after: taken in; not: cut) or close one they did not open.
    ("brackets-unbalanced", "比尔·盖茨(Bill Gates)也来到了北京。《人民日报》社记者蒂姆·库克（Tim Cook和李强到了"),
    # Markdown emphasis around names (decoding forces every * and ＊ outside names): bold, full-width, italic.
    ("markdown-emphasis", "**周敏**、孙强和＊王芳＊在上海开会，*李娜*也来了。"),
    ("astral-cjk", "𠮷野家在东京开了一家新店，社长田中一郎致辞。"),
    ("crlf", "第一段写到南京。\r\n王小明住在南京市鼓楼区。\r\n"),
    ("zero-width", "马\u200b云创办了阿里巴巴集团，总部在杭\u200d州。"),
    ("bom-softhyphen", "\ufeff欧阳修是宋代文学家，籍贯吉\u00adcity州。"),
    ("html", "<b>周杰伦</b>在<a href='x'>台北</a>开演唱会&amp;签售"),
    ("hostile-html", "<img src=x onerror=alert(1)>刘德华到访香港"),
    ("whitespace-mix", "中国\t人民\u3000银行 与 世界银行\u00a0合作"),
    ("newlines-only", "\n\n\n"),
    ("punct-only", "。！？……"),
    ("single-char", "京"),
    ("traditional", "臺灣的「中華民國總統府」位於臺北市，『總統』在此辦公。"),
    # Phrases before characters (t2s-phrases.txt): 傢俱 -> 家具, 乾淨 -> 干净, 紐西蘭 -> 新西兰, 軟體 -> 软件; a
    # zero-width space inside 傢俱 breaks the phrase (the second one is read character by character).
    ("traditional-phrases", "他看著紐西蘭奧克蘭的傢俱公司用軟體把帳目整理得乾乾淨淨，傢\u200b俱行的陳老闆也來了。"),
    ("pdf-radicals", "国务院总理在⼈⺠⼤会堂会⻅了法国总统⻢克⻰，双⽅交换了意⻅。"),
    ("narrow-column", "新华社北京电　国务院\n总理李强在人民大会堂\n会见了来访的法国总统\n马克龙，双方就中法关\n系交换了意见。\n出席者：\n外交部部长王毅\n财政部部长蓝佛安"),
    ("letter-spaced", "关 于 表 彰 的 通 知\n国 务 院 总 理 李 强 在 人 民 大 会 堂 会 见 了 法 国 总 统 马\n克 龙 。 "
                      "出席者：李　强　　王　五　　张三丰 U N 和 A  B  C 通 知"),
    ("word-spaced", "国务院 总理 李鹏 今天 在 人民大会堂 会见 了 日本 客人 ， 双方 就 两 国 关系 交换 了 意见 。\n"
                    "出席者：李强 王毅 丁薛祥 张国清 刘国中 陈文清 王小洪 吴政隆 谌贻琴\n"
                    "我 在 Google 和 Apple 都 工作 过 ， 后来 又 在 北京 住 了 几 年 。 代表 们 在 １９９８ ２０００ 两 年 里 通过 了 决议 。"),
    ("english-only", "The United Nations met in Geneva on Monday."),
    ("mixed-scripts", "Москва和東京、서울以及Paris都是首都。"),
    ("numbers-units", "ＧＤＰ增长了６．５％，达到１２３４５６亿元人民币。"),
    ("quotes", "“王毅说：‘中方欢迎美方代表团访华。’”"),
    ("straight-quotes", '王毅说:"中方欢迎美方代表团访华。"随后李强在"人民大会堂\n会见了他。"＂北京＂'),
    ("sentences", '　　张伟说："走吧!"（他去了上海。） 真的吗？！……李娜在武汉。\n\n　　下一段：王军'),
    ("halfwidth-stops", "张三来了.李四在3.5公里外的example.com公司上班. 王五也来了."),
    ("wrapped", "国务院总理在人民大会堂会见了来访的法国总统马\r\n克龙，双方交换了意见。The talks were held in the Great Hall of the\nPeople."),
    ("unk-rare", "龘靐齉爩麤龖龗，张三丰在武当山。"),
    ("social", "@新华视点 #两会#王刚在北京答记者问，全文见http://t.cn/AbCd12x ，来信请寄wang.gang@example.org#"),
    ("private-use", "\ue000\ue001李白在长安\uf8ff"),
    # Combining marks and variation selectors belong to the code point before them (contract step 1): decomposed
    # pinyin, a glyph variant, a mark at the start and one after a zero-width joiner (skipped, not attached).
    ("combining-marks", "\u0301国家主席习近\u0301平和葛\U000E0100洪在北京\ufe00会见了Xi\u0301 Ji\u0300npi\u0301ng和李\u200d\u0300娜。"),
    ("emoji-beside-names", "今天在上海见到了迪丽热巴😭，还有😀谷爱凌👍和李现🔥🔥，刘德华🎤张学友也来了©️，1️⃣号是马龙🏓"),
    ("url-with-chinese", "详见[李娜的专访](https://news.example.com/李娜/专访.html)，她在武汉工作。资料：https://zh.wikipedia.org/wiki/北京大学/简介 和http://t.cn/AbCd12x王芳说。"),
    ("pdf-page-break", "周三下午天气晴朗，远道而来的那位客人名叫谭\n\f德塞，他和王芳一起抵达昆明长水机场。\f"),
    ("bidi-controls", "\u200f李娜\u200f在武汉\u200e。\u202b张伟\u202c说：\u2067王\u200f芳\u2069来了，\u061c刘洋\u200e也来了。"),
    # A tab separates table cells: no name crosses one, and it ends letter spacing (王　磊<TAB>男 was one PER).
    ("table-tabs", "姓名\t部门\t岗位\t入职日期\t导师\n张伟\t研发中心\t软件工程师\t2024-03-01\t王建国\n王　磊\t男\t研发中心\t\t刘洋\n"),
    # Layout lines (a space-separated grid, a form field) end at their line break; prose lines are unwrapped.
    ("layout-lines", "参会人员：马国强 丁志伟 许文静 冯晓明 韩冰 曹雪 唐敏\n田亮 邱慧 唐敏 蒋立新\n地址：北京市东城区东长安街1号东方广场W3座\n"
                     "电话：010-85201234\n使用 Python 和 Rust 开发的这套系统由张伟负责维护\n和升级。"),
    # A line whose last clause is a field (…，地点：广州市) or that holds a tab (a table row) ends at its break, though it
    # is long and stops mid-sentence (广州市\n上海交通大学经济学院 was one ORG); speech after a colon is still unwrapped.
    ("field-and-tab-lines", "今天的会议在上海召开，参会的有来自各地的代表，地点：广州市\n上海交通大学经济学院教授陈嘉禾认为，苏州的企业是主要推动力。\n"
                            "名单中排名第一的合作单位是深圳市腾讯公司\t广州市\n北京大学光华管理学院院长刘俊杰出席。"
                            "会后经济学院教授陈嘉禾表示：苏州企业发展\n迅速。"),
    # A subtitle's timing lines and cue settings, and WEBVTT alone, are never inside a name (step 7a).
    ("subtitle-timing", "WEBVTT\n\nNOTE 本字幕由张伟翻译\n\n1\n00:00:01.000 --> 00:00:04.000 position:10% align:start region:fred\n"
                        "王小明来到北京大学。\n\n2\n00:00:04,500 --> 00:00:07,000\n他在华为公司工作了三年。"),
    # A transcript's speaker labels and the fillers 呃 啊 嗯 are never inside a name either; Note can be one.
    ("transcript-speakers", "Speaker 1  02:15\n审计的张伟嗯对张伟那个对嗯罗嘉欣说的是\nSpeaker 2  02:31\n啊泰国演员 Note 和王芳合作"),
    # Invisible format characters are dropped (张伟\u2061 was a name); a name does not cross an emoji (深👍圳).
    ("invisible-format", "张伟\u2061在北京工作。\ufffc李娜和\u2800王芳、\uffa0赵敏来了，深👍圳的陈\u2062静也到了\U000E0001。"),
    # A closing mark or end mark after a line break opens the next sentence rather than joining the one before.
    ("closer-after-break", "上海市浦东新区张江高科技园区\n\n”记者张伟\n\n……他说。"),
    # A line that ends as a social post does (an emoji, a #topic#, a link, an @mention, ～) ends there: posts pasted one
    # per line are not unwrapped into one another (谢\n刚 was one name), while a plain long line still is.
    ("post-line-ends", "今天和谢刚一起去复旦大学听讲座，收获很多，真的太开心了😂\n国家卫健委发布通知，张华医生提醒大家注意休息 #健康生活#\n"
                       "王志强在杭州的发布会上谈到了新产品，详见http://t.cn/AbCd12\n李静明天到上海参加校友会，到时候见面聊吧～\n"
                       "这套教材由北京师范大学出版社的编辑刘晓明和周\n红梅共同完成。"),
    # Compound surnames and legal prose (contract step 8, repair_surnames): 上官 and 公 taken into the name, 系 and 之夫
    # left out of it.
    ("compound-surnames", "《上官婉清与司马晓燕民间借贷纠纷案》\n被告：尉迟欣然，女。王建军系刘芳之夫，刘芳系个体工商户。公孙玉兰和王羲之。"),
    # Re-check of the compound-surname repair and the social-post line ends: 公 / 闻 ending a word before a surname, a
    # word or a particle after a name, 之 before 妻, a line ending in [哈哈] (］ after normalization), and a long
    # @mention running on into prose whose line is wrapped (王\n小明).
    ("surname-line-traps", "我老公孙杰和知名新闻人王刚参观了《诸葛亮传》展览，这事请欧阳发言。张三之妻李四出庭。\n"
                           "今天和谢刚去了复旦大学参加活动真的太开心了我们[哈哈]\n伟说话很好听。"
                           "特别感谢@北京大学新闻与传播学院的老师们和同学王\n小明的帮助。"),
    # Span edges (contract steps 7b and 8, keep_dots_inside and repair_edges): no name begins or ends on a middle dot
    # (乔· of 乔·拜登 was one), Latin names joined by 和 与 及 are two persons, a bracketed legal form after a firm's
    # name belongs to it, and a PDF table's rank and share-count columns stay out of the name between them.
    ("name-dots", "记者问乔·拜登对此有何看法，乔·拜登说他很满意。玛丽亚・罗莎和安娜‧卡列尼娜、约翰•史密斯也来了，还有汉斯･穆勒。"),
    ("latin-conjunctions", "Angela Merkel和Justin Trudeau在柏林会面，Olaf Scholz与Rishi Sunak通了电话，Jacinda Ardern及Scott Morrison也发了言。"),
    ("legal-form-brackets", "德勤华永会计师事务所（特殊普通合伙）与深圳前海华创投资中心(有限合伙)签约，万科企业（集团）和华润（集团）有限公司也参加了。"),
    ("pdf-table-columns", "序号      股东名称      持股数量\n1      招商局集团有限公司      56,789,012\n2      张晓东      1,234,567\n"
                          "3      Vanguard Total Index Fund        4\n4      BlackRock Fund Advisors        3"),
    # A day or time of day after a person (repair_edges (e): the news model read 乔·拜登周二 as one name) and names a
    # PDF lays out letter-spaced (repair_edges (f): 王  莉 came out as the persons 王 and 莉), a lone bullet between words.
    ("time-words", "乔·拜登周二会见了到访的客人。王伟昨天下午说，王明天和欧阳明天周一都来。约翰·史密斯星期天到了北京。"),
    ("spaced-names", "王  莉    董事、总经理\n蒋　焰    董事\n李  强    监事会主席\n产品专员 • 负责QQ音乐"),
    # Codes and marks glued to names (contract steps 7a and 8): an author's superscript affiliation marks (孙悦¹ was a
    # person), a DOI (SP.J of one was an ORG), flight, booking, passport and group codes (中国国际航空CA of
    # 中国国际航空CA1234 was an ORG, EA of EA1234567 another).
    ("codes-and-marks", "作者：孙悦¹，欧阳文静²（北京大学）。DOI: 10.11897/SP.J.1016.2021.00001。张伟乘坐中国国际航空CA1234从北京飞往成都，"
                        "东方航空MU5101和四川航空3U8888都晚点了，护照EA1234567，订单ABC12D，旅行团CTS-BJ0418A由王芳带队。"),
    # Names glued to a number are no codes (the code rule's re-check): a Latin name with a lower-case letter, an
    # all-Latin person, a capitals name before a year, a day or a count (all were lost), a plain code still cut, and a
    # name right after a DOI's closing bracket or comma (the DOI ran into it).
    ("names-glued-to-numbers", "我的同事Lisa2020年入职，客户David15日下午到店，Michael Jordan23号球衣退役。据BBC2日报道，"
                               "WHO2023年报告，湖南卫视和CCTV1同时播出，在Windows10上，护照JP0312345。"
                               "（doi:10.1000/182）Wang Fang指出，doi:10.1000/182,Zhang Wei et al.，"
                               "参见10.1016/S0140-6736(20)30183-5(Smith J, Lancet)。"),
    ("heading-brackets", "【阳光花园小区物业服务中心】停水通知：因管网检修，阳光花园小区3栋、5栋于12月8日停水。"
                         "〖公告〗请各位业主互相转告。落款：阳光花园小区物业服务中心。【甲】乙【丙】"),
    ("flight-numbers-and-nested-headings", "我乘坐CA1234航班从北京飞往上海，原定MU5101次航班取消，订单号ABC1234已发货。"
                                          "【【华为技术有限公司】】关于召开年度大会的通知。APEC2024会议在利马举行。"
                                          "KFC1000家门店同时开业，HSBC1865年成立于香港。"),
    # Other name dots are fed as U+00B7 (step 2: • ‧ ∙ ⋅ ・ ･, one for one), and a name cut one unit past its dot
    # takes in the units the model gives to it (step 7c: 买买提·艾 + 力, 提·艾力 + 买买).
    ("name-dot-forms", "果农买买提·艾力种了石榴。护士阿依古丽•吐尔逊、牧民巴图‧孟和与演员乔∙怀特到了。"
                  "迈克尔⋅乔丹来过，凯特・布兰切特和约翰･史密斯也来了。末代皇帝爱新觉罗·溥仪住在北京。"),
    # Name parts over a hyphen or a space joined where the marginals give them to one name (step 7d: 迈克尔-乔丹,
    # 让 + 保罗·萨特), a doubles pair and a list of names kept apart.
    ("name-joiners", "篮球巨星迈克尔-乔丹昨天来到了体育馆。法国作家让-保罗·萨特的剧本在巴黎上演。英国科学家查尔斯 达尔文写了"
                     "很多书。混双组合许昕-刘诗雯夺冠，名单上有王建国 陈晓明 林志强。"),
    ("max-window", _LONG),
]
