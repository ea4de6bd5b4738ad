// Families of the confidentiality gate beyond listed strings: bracketed internal tags, documents
// calling themselves secret, distribution limits, coded telegrams, internal bulletins and
// internal document numbers — and clean prose about secrecy work that must stay quiet.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../check.ts';

const checker = createChecker({ asOf: '2026-01-01' });

const reported = (text: string) =>
  checker
    .check({ text }, { gates: ['confidentiality'] })
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => f.excerpt);

const CATCHES: Array<[string, string]> = [
  ['涉密★\n关于边境管控措施的补充说明', '涉密★'],
  ['（内部件）关于欠薪情况的摸排报告', '（内部件）'],
  ['此材料属工作秘密，未经授权不得对外提供。', '此材料属工作秘密'],
  ['本通知仅发至乡镇党委书记，现将要点摘登如下。', '仅发至乡镇党委书记'],
  ['发至县团级\n关于边防部署调整的通报', '发至县团级'],
  ['以下内容仅限班子成员知悉。', '仅限班子成员知悉'],
  ['本报告仅供市领导参阅。', '仅供市领导参阅'],
  ['根据省委办公厅密电精神，立即部署。', '密电'],
  ['密码电报\n关于加强值班值守的通知', '密码电报'],
  ['内部工作简报（第3期）', '内部工作简报'],
  ['局长内部讲话稿，大家先看看。', '内部讲话稿'],
  ['此件不在媒体公开报道。', '不在媒体公开报道'],
  ['附件仅限副县级以上干部阅读。', '仅限副县级以上干部阅读'],
  ['按照县委办内字〔2025〕12号要求，开展排查。', '县委办内字〔2025〕12号'],
  ['这份涉密工作方案经会议审定，全文发布如下。', '涉密工作方案经会议审定，全文'],
];

const CLEAN = [
  '我局召开保密工作会议，部署年度保密自查自评工作。',
  '市委保密办组织开展涉密人员培训，全市200余名涉密岗位人员参加。',
  '《养老服务条例（草案）》现向社会公开征求意见，欢迎社会各界提出意见建议。',
  '以上信息仅供参考，具体以官方公布为准。',
  '不得在网络上发布谣言，网吧严禁接纳未成年人上网。',
  '本次会议内容已在媒体公开报道。',
  '涉密文件应当严格管理，严禁通过互联网传递国家秘密。',
  '市档案馆对到期档案进行解密审查，依法向社会开放。',
  '请勿转发未经证实的信息，共同维护网络清朗空间。',
  '通知已发至各村（社区），请群众留意。',
  '革命先辈冒着生命危险传递密电，守护党的秘密。',
  // The law's definition of a state secret describes matters, it limits no document.
  '国家秘密是依照法定程序确定，在一定时间内只限一定范围的人员知悉的事项。',
  '工作秘密是指在一定时间内只限一定范围的人员知悉的信息。',
];

describe('confidentiality families', () => {
  it.each(CATCHES)('reports “%s” «%s»', (text, excerpt) => {
    expect(reported(text).join('|')).toContain(excerpt);
  });
  it.each(CLEAN)('leaves “%s” alone', (text) => {
    expect(reported(text)).toEqual([]);
  });
});
