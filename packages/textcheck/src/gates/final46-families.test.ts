// The two false alarms of heldout-final46 (measured once on the session's last rules, no round),
// fixed by class with wordings other than the set's: a case report telling a loan, investment or
// job scheme as the facts of the case (…以办理低息贷款为由骗取“手续费”, after 犯罪嫌疑人 or 被告人),
// with the prosecution's or the police's own advice (检察机关提醒, 公安机关提示); and a court's or a
// bureau's page naming one of its own divisions, bare, as the byline's source (来源：立案庭).
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

/** A unit's article page: its name in meta SiteName and the title, a byline naming `source`. */
const page = (site: string, source: string) =>
  `<html><head><meta charset="utf-8"><meta name="SiteName" content="${site}"><title>诉讼服务指南_${site}</title></head><body><div class="article"><h1>诉讼服务指南</h1><div class="info">发布时间：2025-03-01\u3000来源：${source}</div><p>当事人可通过现场、网上等方式申请立案。</p></div></body></html>`;

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['legal', '无视征信，黑户可贷，当天放款，先交手续费即可下款。', '手续费'],
  ['legal', '本平台贷款秒批，先交手续费500元，联系微信xd888下款。', '手续费'],
  [
    'legal',
    '犯罪嫌疑人张某已被刑事拘留。急用钱的朋友看这里：网贷不看征信，先交手续费当天放款，加微信详谈。',
    '手续费',
  ],
  ['source', page('祁阳市人民法院', '淘宝店铺'), '淘宝店铺'],
  ['source', page('某县人民政府', '某某自媒体工作室'), '某某自媒体工作室'],
  ['source', page('某县文化馆', '光影工作室'), '光影工作室'],
];

const CLEAN: Array<[Gate, string | { html: string }]> = [
  [
    'legal',
    '犯罪嫌疑人王某以帮助办理无抵押贷款为由，收取多名群众“手续费”2万余元，现已被刑事拘留。',
  ],
  ['legal', '经审理查明，被告人刘某谎称可办理低息贷款，先后骗取被害人“包装费”“手续费”共计8万元。'],
  [
    'legal',
    '近日，县人民检察院对涉嫌诈骗的犯罪嫌疑人赵某批准逮捕。赵某以办理贷款为由骗取手续费。检察机关提醒，正规贷款放款前不收取任何费用。',
  ],
  ['legal', '公安机关提示：凡是贷款前要求先交手续费的，都是诈骗。'],
  ['legal', '犯罪嫌疑人陈某以“高薪兼职、日结工资”为名，收取求职者培训费、押金，已被依法刑事拘留。'],
  ['source', { html: page('祁阳市人民法院', '立案庭') }],
  ['source', { html: page('某市中级人民法院', '政治处') }],
  ['source', { html: page('某县公安局', '宣传科') }],
  ['source', { html: page('某县人民政府', '办公室') }],
  ['source', { html: page('某县融媒体中心', '融媒体中心') }],
];

describe('heldout-final46 false-alarm classes', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
