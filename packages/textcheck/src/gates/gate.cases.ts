// Table of gate behaviours: what each gate must report (with the excerpt) and must leave alone.
import type { Gate } from '../finding.ts';

export interface GateCase {
  gate: Gate;
  text: string;
  /** The excerpt of a block or warn finding the gate must report; undefined: it must report none. */
  reports?: string;
  why: string;
}

export const GATE_CASES: GateCase[] = [
  {
    gate: 'political',
    text: '湖北省张家界市文旅推介会',
    reports: '湖北省张家界',
    why: 'a prefecture under the wrong province',
  },
  {
    gate: 'political',
    text: '武汉市江宁区代表团来访',
    reports: '武汉市江宁区',
    why: 'a county under the wrong prefecture',
  },
  { gate: 'political', text: '湖南省张家界市文旅推介会', why: 'the right hierarchy' },
  {
    gate: 'political',
    text: '来自美国、日本、香港等国家的选手',
    reports: '香港',
    why: 'Hong Kong listed as a country',
  },
  {
    gate: 'political',
    text: '来自美国、日本等国家和地区以及香港的选手',
    why: '国家和地区 is the right wording',
  },
  { gate: 'political', text: '台湾总统府发言人称', reports: '台湾总统府', why: 'Taiwan wording' },
  { gate: 'political', text: '坚决反对台独分裂活动', why: 'an exception that contains the term' },
  { gate: 'legal', text: '高纯冰毒，同城配送', reports: '冰毒', why: 'drugs offered' },
  { gate: 'legal', text: '警方缴获冰毒2千克', why: 'drugs named in an enforcement sentence' },
  {
    gate: 'legal',
    text: '税务机关可为纳税人代开发票。',
    why: 'invoices issued on a taxpayer’s behalf are a tax office’s lawful service',
  },
  {
    gate: 'legal',
    text: '犯罪分子已被警方抓获归案',
    reports: '犯罪分子',
    why: 'a suspect called a criminal before judgement',
  },
  {
    gate: 'legal',
    text: '法院一审判决，犯罪分子被判处有期徒刑三年',
    why: 'a criminal after judgement',
  },
  {
    gate: 'policy',
    text: '根据国办发[2018]123号',
    reports: '[2018]123号',
    why: 'square brackets in a document number',
  },
  {
    gate: 'legal',
    text: '详情访问 www.bocai888.net 注册',
    reports: 'www.bocai888.net',
    why: 'a host named like a gambling site',
  },
  { gate: 'legal', text: '合作院校 www.essex.ac.uk', why: 'no suspicious fragment in the host' },
  { gate: 'policy', text: '根据国办发〔2018〕123号', why: 'the standard document number' },
  { gate: 'policy', text: '原国土资源部印发的文件', why: 'a superseded body named as former (原)' },
  {
    gate: 'policy',
    text: '各地文化部门要加强管理',
    why: '文化部门 is not the former ministry 文化部',
  },
  {
    gate: 'confidentiality',
    text: '机密★1年 关于某事的请示',
    reports: '机密★1年',
    why: 'a classification marking',
  },
  {
    gate: 'confidentiality',
    text: '做好保密工作，严守纪律',
    why: 'talking about secrecy is not a marking',
  },
  {
    gate: 'text',
    text: '近日,我市召开会议',
    reports: ',',
    why: 'a half-width comma inside Chinese',
  },
  {
    gate: 'legal',
    text: '精神类处方药无需处方，快递到家',
    reports: '处方药',
    why: 'a prescription drug offered without a prescription',
  },
  {
    gate: 'legal',
    text: '布洛芬属于非处方药，无需处方即可在药店购买，但请按说明书服用。',
    why: 'an OTC drug is bought without a prescription',
  },
  {
    gate: 'text',
    text: '尊敬的各位居民:\n本周六上午将进行消防演练。',
    reports: ':',
    why: 'a half-width colon ending a Chinese salutation',
  },
  { gate: 'text', text: '集合时间:8:30', why: 'a label colon before a time is only noted' },
  { gate: 'text', text: '增长3.5%，达到1,200亿元', why: 'decimals and thousands separators' },
  { gate: 'text', text: '（一）加强领导（二）压实责任', why: 'balanced brackets' },
  { gate: 'advertising', text: '扫码下单，全国包邮', reports: '包邮', why: 'a promotion phrase' },
  {
    gate: 'advertising',
    text: '谨防“包治百病”的虚假宣传',
    why: 'an absolute term quoted in a warning',
  },
  { gate: 'advertising', text: '根治欠薪专项行动启动', why: 'an exception of a medical claim' },
  { gate: 'opinion', text: '呵呵，你们自己看着办', reports: '呵呵', why: 'sarcasm' },
  { gate: 'opinion', text: '热线电话88886666', why: 'slang digits inside a longer number' },
  {
    gate: 'privacy',
    text: '来电人手机13912345678',
    reports: '13912345678',
    why: "a citizen's mobile number",
  },
  { gate: 'privacy', text: '咨询电话：13912345678（工作日）', why: 'an office contact number' },
  { gate: 'privacy', text: '办公电话：027-88886666', why: 'an office landline' },
  {
    gate: 'coercion',
    text: '请务必下载并注册，完成情况纳入考核',
    reports: '务必下载并注册，完成情况纳入考核',
    why: 'forced download with a sanction',
  },
  { gate: 'coercion', text: '欢迎市民自愿下载使用，不得强制要求', why: 'voluntary use' },
  { gate: 'source', text: '来源：网络', reports: '网络', why: 'an unknown source' },
  { gate: 'source', text: '来源：新华社', why: 'a designated source unit' },
  { gate: 'source', text: '来源：教育部政府门户网站', why: "a state body's website" },
];
