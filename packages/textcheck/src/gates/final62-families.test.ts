// Rule families of the heldout-final62 round, each with wordings other than the set's: Mongolia
// called by the old name 外蒙古, a township people's congress head called 主任 (political); uncensored
// footage handed out after a violent scene (legal); an interview's questions said to be in hand before
// the exam (confidentiality); a rumour's author congratulated or told to write fiction (opinion); a
// subsidy withheld from those who do not join a chat group (coercion); a host whose name runs a porn
// word into a plain one (hijack); a doubled quotation mark ““ (text).
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reported } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // Mongolia by its old name
  [
    'political',
    '二连浩特公路口岸前10个月进出口货运量同比增长9%，主要来自外蒙古的煤炭、铜精粉等大宗商品。',
    '外蒙古',
  ],
  ['political', '企业与外蒙古客商签订了牛羊肉进口合同。', '外蒙古'],
  ['political', '考察团赴外蒙古乌兰巴托参加经贸洽谈会。', '外蒙古'],
  ['political', '今年从外蒙古进口的铜精粉增长两成。', '外蒙古'],
  ['political', '中欧班列经外蒙古开往俄罗斯。', '外蒙古'],
  ['political', '外蒙古留学生来我校交流。', '外蒙古'],
  // a township people's congress head called 主任
  [
    'political',
    '明天上午召开推进会，镇党委书记、镇长、镇人大主任出席，各村支书务必准时参加。',
    '镇人大主任',
  ],
  ['political', '乡人大主任带队视察农村公路建设。', '乡人大主任'],
  ['political', '镇人大副主任李某主持会议。', '镇人大副主任'],
  ['political', '会议由乡人大副主任王某主持。', '乡人大副主任'],
  ['political', '苏木人大主任参加调研。', '苏木人大主任'],
  ['political', '新任镇人大主任走访了人大代表。', '镇人大主任'],
  // uncensored footage handed out after a violent scene
  [
    'legal',
    '【后续】该男子情绪失控后持菜刀对受害人连砍二十余刀，现场血肉模糊、肠子外露，附现场未打码视频，胆小者慎点。',
    '附现场未打码视频',
  ],
  ['legal', '嫌疑人连捅数刀后逃离，放出案发无删减画面，大家自己看。', '放出案发无删减画面'],
  ['legal', '车祸现场血流一地，附上未打码照片。', '附上未打码照片'],
  ['legal', '歹徒持刀砍人，下面附完整无马赛克视频。', '附完整无马赛克视频'],
  ['legal', '现场尸体横陈，曝光没打码的图片。', '曝光没打码的图片'],
  ['legal', '两人持刀互砍，流出现场未删减原视频。', '流出现场未删减原视频'],
  // an interview's questions said to be in hand before the exam
  [
    'confidentiality',
    '各位，明天县直遴选面试的三道题我这里已经有了：第一题是谈谈基层减负，第二题是应急组织……大家提前准备一下。',
    '明天县直遴选面试的三道题我这里已经有了',
  ],
  [
    'confidentiality',
    '明天遴选面试的三道题我手上已经拿到了，需要的私聊。',
    '三道题我手上已经拿到了',
  ],
  ['confidentiality', '下周笔试的两道大题已经搞到了，速来。', '笔试的两道大题已经搞到了'],
  ['confidentiality', '后天选调面试的四道题都弄到了。', '选调面试的四道题都弄到了'],
  ['confidentiality', '即将举行的面试五道题已经有了：第一题……', '面试五道题已经有了'],
  ['confidentiality', '明天考试的三道题：一是……二是……', '考试的三道题：'],
  // a rumour's author congratulated or told to write fiction
  ['opinion', '恭喜某些人又一次成功造谣，真有本事，建议去写小说。', '恭喜某些人又一次成功造谣'],
  ['opinion', '祝贺个别网友抹黑成功，流量到手了吧。', '祝贺个别网友抹黑成功'],
  ['opinion', '恭喜某些自媒体又带节奏了。', '恭喜某些自媒体又带节奏'],
  ['opinion', '这种谣言编得有鼻子有眼，建议改行去当编剧。', '建议改行去当编剧'],
  ['opinion', '胡编乱造到这个程度，不如去写小说。', '不如去写小说'],
  ['opinion', '恭喜有些人传谣又上热搜。', '恭喜有些人传谣'],
  // a subsidy withheld from those who do not join a chat group
  [
    'coercion',
    '全体村民必须加入村微信群并修改为实名，不入群的一律不发放今年的惠农补贴。',
    '不入群的一律不发放今年的惠农补贴',
  ],
  [
    'coercion',
    '请各户加入社区业主群，未进群的住户暂停发放困难补助。',
    '未进群的住户暂停发放困难补助',
  ],
  ['coercion', '所有低保户须加入镇民政服务群，不加群的取消低保待遇。', '不加群的取消低保待遇'],
  ['coercion', '请老人加入养老服务群，未入群者停发高龄补贴。', '未入群者停发高龄补贴'],
  ['coercion', '各户须加入网格群，没有入群的一律扣发分红。', '没有入群的一律扣发分红'],
  ['coercion', '家长必须进群，不进群的学生取消评优资格。', '不进群的学生取消评优资格'],
  // a doubled quotation mark
  ['text', '市政务服务中心持续深化““放管服””改革，企业开办时间压缩至1个工作日。', '““'],
  ['text', '开展““我为群众办实事””实践活动。', '““'],
  ['text', '推进““最多跑一次””改革。', '””'],
  ['text', '落实““双减””政策。', '““'],
  ['text', '打造““15分钟生活圈””。', '””'],
  ['text', '推进“““一网通办”改革。', '“““'],
];

// A host whose name runs a porn word into a plain one: [page, excerpt that must be reported].
const HIJACK_PAGES: Array<[string, string]> = [
  [
    '<html><body><p>相关下载：<a href="http://www.sexvideo-hd.cc/down">统计公报全文</a></p></body></html>',
    '统计公报全文',
  ],
  ['<html><body><p><a href="http://pornhub-cn.top/">附件下载</a></p></body></html>', '附件下载'],
  ['<html><body><p><a href="http://xxxmovie88.xyz/">政策解读</a></p></body></html>', '政策解读'],
  ['<html><body><p><a href="http://sextube.cc/a">图片新闻</a></p></body></html>', '图片新闻'],
  ['<html><body><p><a href="https://hentaivideo.club/">办事指南</a></p></body></html>', '办事指南'],
  ['<html><body><p><a href="http://av-sexcam.vip/">通知公告</a></p></body></html>', '通知公告'],
];

// [gate, clean text of the same topic]
const CLEAN: Array<[Gate, string | { html: string }]> = [
  ['political', '中蒙两国签署合作协议，蒙古国总统出席仪式。'],
  ['political', '内蒙古自治区与蒙古国开展口岸合作。'],
  ['political', '县人大常委会主任带队视察。'],
  ['political', '镇人大主席、镇人大副主席出席会议，镇人大办主任做记录。'],
  ['legal', '警方提醒：请勿上传未打码视频，注意保护当事人隐私。'],
  ['legal', '附现场视频，已做打码处理。'],
  ['confidentiality', '明天面试，请考生提前半小时到达考场。'],
  ['confidentiality', '面试共三道题，考试结束后将公布解析。'],
  ['opinion', '恭喜某些人获奖，大家再接再厉。'],
  ['opinion', '喜欢写作的同学，建议去写小说，参加征文比赛。'],
  ['coercion', '欢迎村民自愿加入村微信群，及时了解惠农政策。'],
  ['coercion', '惠农补贴按规定发放，未申报的农户请于月底前补报。'],
  [
    'hijack',
    { html: '<html><body><p><a href="http://www.essex.ac.uk/">埃塞克斯大学</a></p></body></html>' },
  ],
  [
    'hijack',
    { html: '<html><body><p><a href="http://www.videohd.cn/">视频平台</a></p></body></html>' },
  ],
  ['text', '开展“我为群众办实事”实践活动。'],
  ['text', '他说：“我们要落实‘双减’政策。”'],
];

describe('heldout-final62 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
  it.each(HIJACK_PAGES)('hijack reports in %s', (html, excerpt) => {
    expect(reported('hijack', { html }).some((e) => e.includes(excerpt))).toBe(true);
  });
});
