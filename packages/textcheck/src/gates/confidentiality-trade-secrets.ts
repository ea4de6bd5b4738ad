// A company's secrets are not the state's: in a post on trade secrets (商业秘密, 企业秘密, 竞业限制)
// that names no state secret, 涉密文件 and 涉密材料 are a company's papers (对涉密文件标注“企业秘密”,
// 离职时交回涉密材料), not classified documents. A state secret named anywhere in the post (国家秘密,
// 密级, 机密, ★) keeps the finding.
import type { GateFinding } from './gate-context.ts';

const TRADE_SECRETS = /商业秘密|企业秘密|技术秘密|经营秘密|竞业限制|反不正当竞争/;
const STATE_SECRETS = /国家秘密|密级|绝密|机密|[★☆]|保密局|保密办|军工|涉密人员|涉密岗位/;

/** The classified-term finding of a post on trade secrets, graded info. */
export function regradeTradeSecret(f: GateFinding, text: string): GateFinding {
  return f.rule === 'confidentiality.classified' &&
    f.severity !== 'info' &&
    TRADE_SECRETS.test(text) &&
    !STATE_SECRETS.test(text)
    ? { ...f, severity: 'info' }
    : f;
}
