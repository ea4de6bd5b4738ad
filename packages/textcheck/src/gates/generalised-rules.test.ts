// Rule families that generalise beyond listed strings: 一带一路 … 战略, suspects before judgement,
// minors named by grade, threats, warning frames, document-number brackets, bare classification
// markings, circulation bans and repost sources.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../check.ts';
import type { Gate } from '../finding.ts';

const checker = createChecker({ asOf: '2026-01-01' });

/** Block and warn excerpts of one gate. */
const reported = (gate: Gate, text: string, repostSource?: string) =>
  checker
    .check(repostSource === undefined ? { text } : { text, repostSource }, { gates: [gate] })
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => f.excerpt);

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['political', '积极融入“一带一路”发展战略', '一带一路”发展战略'],
  ['political', '深入实施一带一路合作战略', '一带一路合作战略'],
  ['political', '国家人民代表大会常务委员会审议通过', '国家人民代表大会'],
  ['political', '国务院教育部印发通知', '国务院教育部'],
  ['legal', '罪犯刘某盗窃电动车一辆，目前案件正在侦查中。', '罪犯'],
  ['legal', '该罪犯已被批准逮捕，案件尚未判决。', '罪犯'],
  ['legal', '高一学生张子涵伙同他人实施抢劫，已被公安机关抓获。', '张子涵'],
  ['legal', '年仅十五岁的赵明轩持刀抢劫一名路人，已被抓获。', '赵明轩'],
  ['legal', '涉案的初一学生杨梓轩在校外多次强行索要同学财物。', '杨梓轩'],
  ['legal', '涉嫌盗窃的少年系市第三中学初二（3）班学生。', '市第三中学初二（3）班学生'],
  ['legal', '你再敢去举报，我就弄死你。', '弄死你'],
  ['legal', '高清无码在线观看，请访问www.av98kk.xyz', 'www.av98kk.xyz'],
  ['legal', '招聘宝妈在家兼职，刷单返利，日结200元。', '刷单返利'],
  ['policy', '教基厅函【2025】12号', '【2025】12号'],
  ['policy', '贯彻落实财税[2024]8号文件精神', '[2024]8号'],
  ['policy', '京政办发〔２０２４〕３号', '〔２０２４〕３号'],
  ['policy', '为建档立卡贫困户发放产业补贴', '建档立卡贫困户'],
  ['policy', '县扶贫开发领导小组召开会议', '扶贫开发领导小组'],
  ['policy', '区人口和计划生育委员会开展宣传', '人口和计划生育委员会'],
  ['confidentiality', '绝密\n关于调整干部任免的请示', '绝密'],
  ['confidentiality', '机密，不予公开。', '机密'],
  ['confidentiality', '秘密 期限：一年', '秘密'],
  ['confidentiality', '本材料未经批准不得复制、转发', '未经批准不得复制'],
  ['confidentiality', '（仅限内部传阅）关于舆情处置情况的通报', '仅限内部传阅'],
  ['source', '来源：热点财经号\n今年楼市出现新变化。', '热点财经号'],
];

// [gate, text, repostSource?]
const CLEAN: Array<[Gate, string, string?]> = [
  ['political', '推动共建“一带一路”倡议与欧亚经济联盟发展战略对接'],
  ['political', '十四届全国人民代表大会常务委员会第十次会议闭幕'],
  ['legal', '犯罪嫌疑人张某某因涉嫌诈骗罪被依法刑事拘留，案件正在进一步侦办中。'],
  ['legal', '一名罪犯因抢劫罪被一审判决判处有期徒刑五年，目前已在监狱服刑。'],
  [
    'legal',
    '【反诈提醒】凡是网上刷单返利的，都是诈骗！公安机关提醒广大市民，谨防上当受骗，如遇可疑情况请拨打96110。',
  ],
  ['legal', '初二学生小王在老师的指导下学会了自救技能。'],
  ['legal', '15岁的初三学生王小明（化名）因涉嫌盗窃被警方依法处理。'],
  ['legal', '13岁的初一学生张明在放学途中见义勇为，协助民警抓获一名盗窃嫌疑人。'],
  ['policy', '《国务院办公厅关于优化营商环境的意见》（国办发〔2024〕15号）'],
  ['policy', '巩固拓展脱贫攻坚成果，原建档立卡贫困户全部实现稳定脱贫'],
  ['confidentiality', '保密宣传月期间，引导党员干部增强保密意识，严守秘密。'],
  ['confidentiality', '严禁在互联网上处理涉密信息，涉密文件必须按规定保管。'],
  ['confidentiality', '本网站所刊登的信息，未经许可不得转载。'],
  ['source', '城镇调查失业率5.1%。（数据来源：市人力资源和社会保障局）'],
  ['source', '前三季度地区生产总值同比增长5.6%。\n数据来源：某网友整理'],
  ['source', '入选国家级全域旅游示范区。', '湖南省人民政府门户网站'],
  ['source', '省政府研究部署森林防火工作。', '某市人民政府门户网站（www.example.gov.cn）'],
  ['source', '居民人均可支配收入增长5.2%。', '国家统计局湖南调查总队'],
];

describe('generalised rules', () => {
  it.each(CATCHES)('%s reports in “%s” «%s»', (gate, text, excerpt) => {
    expect(reported(gate, text).join('|')).toContain(excerpt);
  });
  it.each(CLEAN)('%s leaves “%s” alone', (gate, text, repostSource) => {
    expect(reported(gate, text, repostSource)).toEqual([]);
  });
});
