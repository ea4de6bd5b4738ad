// State-body names with the wrong national prefix or last unit, and the correct names left alone.
import { describe, expect, it } from 'vitest';
import { findStateBodyErrors } from './state-body.ts';

const WRONG: Array<[string, string, string]> = [
  ['国家人民代表大会常务委员会审议通过', '国家人民代表大会', '全国人民代表大会'],
  ['学习中国人民代表大会会议精神', '中国人民代表大会', '全国人民代表大会'],
  ['全国人民政治协商会议开幕', '全国人民政治协商会议', '中国人民政治协商会议'],
  ['国务院教育部印发通知', '国务院教育部', '教育部'],
  ['国家公安部部署行动', '国家公安部', '公安部'],
  ['国家统计总局发布数据', '国家统计总局', '国家统计局'],
  ['据海关总局统计', '海关总局', '海关总署'],
  ['国家体育局公布', '国家体育局', '国家体育总局'],
  ['中国人大常委会委员长会议决定', '中国人大常委会', '全国人大常委会'],
  ['最高人民检察署发布典型案例', '最高人民检察署', '最高人民检察院'],
  ['全国卫生健康委员会通报', '全国卫生健康委员会', '国家卫生健康委员会'],
];

const RIGHT = [
  '十四届全国人民代表大会常务委员会第十次会议',
  '中国人民政治协商会议第十四届全国委员会',
  '中华人民共和国教育部、国家统计局、审计署、海关总署联合发布',
  '国家审计署和国家卫生健康委、国家体育总局',
  '全国公安局长会议，全国教育部门，国家统计数据',
  '人民代表大会制度是我国的根本政治制度；中国人民代表大会制度史',
  '中国外交部发言人表示',
  '最高人民法院、最高人民检察院联合发布司法解释',
  '全国政协委员、中国政协网、国家教育委员会（1985年至1998年）',
  '国家发展和改革委员会、国家民族事务委员会、国家监察委员会、中国人民银行',
];

describe('findStateBodyErrors', () => {
  it.each(WRONG)('reports in “%s” the name «%s» (→ %s)', (text, excerpt, name) => {
    const hits = findStateBodyErrors(text);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual([excerpt]);
    expect(hits[0]?.name).toBe(name);
  });
  it.each(RIGHT)('leaves “%s” alone', (text) => {
    expect(findStateBodyErrors(text)).toEqual([]);
  });
});
