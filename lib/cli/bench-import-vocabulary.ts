import type { TagVocabularyEntry } from '@/lib/import/suggest-tags';

// A newsroom-sized tag list (a few hundred names, some with Traditional aliases) so tag matching
// costs in the benchmark what it would in production.
const PROVINCES = '北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 香港 澳门 台湾';
const CITIES =
  '武汉 宜昌 襄阳 荆州 恩施 十堰 孝感 黄冈 咸宁 随州 长沙 郑州 南京 杭州 广州 深圳 成都 西安 青岛 厦门 苏州 宁波 合肥 福州 济南 沈阳 大连 昆明 南宁 贵阳 太原 石家庄 哈尔滨 长春 南昌 兰州 西宁 银川 乌鲁木齐 拉萨 海口 三亚 东莞 佛山 珠海 无锡 常州 温州 绍兴 台北 高雄';
const TOPICS =
  '知识产权 专利 商标 地理标志 版权 品牌 营商环境 乡村振兴 三农 粮食安全 新能源汽车 数字经济 人工智能 芯片 5G 文旅 消费 房地产 股市 债券 外贸 跨境电商 一带一路 碳中和 生态环境 防汛 抗旱 地震 疫情 医保 养老 教育 高考 就业 创业 科技创新 航天 高铁 物流 农业 制造业 服务业 金融 银行 保险 税收 财政 审计 反腐 法治 司法 公安 消防 食品安全 药品 医疗 卫生 体育 足球 篮球 奥运 电影 音乐 非遗 考古 博物馆 旅游 交通 民航 港口 能源 电力 煤炭 石油 天然气 水利 气象 城市更新 老旧小区 社区 扶贫 慈善 志愿服务 人口 生育 婚姻 妇女 儿童 青年 老年人 残疾人 退役军人 国防 外交 台海 中美关系 欧盟 东盟 联合国';
const ALIASES: Record<string, string[]> = {
  知识产权: ['知識產權', 'IP'],
  专利: ['專利'],
  商标: ['商標'],
  地理标志: ['地理標誌', '地理标识'],
  品牌: ['品牌建設'],
  湖北: ['鄂'],
  武汉: ['武漢'],
  台湾: ['臺灣', '台灣'],
  人工智能: ['AI'],
};

export const benchVocabulary: readonly TagVocabularyEntry[] = [PROVINCES, CITIES, TOPICS]
  .flatMap((names) => names.split(' '))
  .map((name) => (ALIASES[name] ? { name, aliases: ALIASES[name] } : { name }));
