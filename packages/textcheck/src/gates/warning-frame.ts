// A warning frame around a scam, drug or gambling term: publicity by the police or an
// authority (警方提醒, 谨防, 都是诈骗, 远离毒品) within a wider reach than one sentence. The terms it
// names are mentioned, not offered; genuine promotion does not warn its readers.
const FRAME_REACH = 120;
const FRAME_WORDS = [
  '反诈',
  '防诈',
  '防骗',
  '反电诈',
  '谨防',
  '警惕',
  '提醒广大',
  '广大市民',
  '广大群众',
  '温馨提示',
  '警方提醒',
  '警方提示',
  '是诈骗',
  '都是诈骗',
  '均为诈骗',
  '就是诈骗',
  '诈骗手法',
  '诈骗类型',
  '上当受骗',
  '骗局',
  '96110',
  '远离毒品',
  '拒绝毒品',
  '珍爱生命',
  '禁毒宣传',
  '拒绝赌博',
  '远离赌博',
];

export function inWarningFrame(text: string, start: number, end: number): boolean {
  const window = text.slice(Math.max(0, start - FRAME_REACH), end + FRAME_REACH);
  return FRAME_WORDS.some((w) => window.includes(w));
}
