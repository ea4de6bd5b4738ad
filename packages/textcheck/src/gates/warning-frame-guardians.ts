// Two more shapes of the warning frame (warning-frame.ts), found in a school's or an education
// bureau's letters to parents: the guardians told how offenders reach children and what to do
// (不法分子…引诱学生参与…, 请家长关注孩子…, 教育孩子不接受…, 请及时报警), and the harm of drugs or
// gambling told as a fact (一旦沾染，极易成瘾，严重损害身心健康; 只有倾家荡产). An offer speaks to
// buyers, never to their parents, and never tells its goods' harm; a harm denied (不会成瘾,
// 不伤身体) is a seller's claim and does not count.

/**
 * Offenders described as luring or deceiving (不法分子通过游戏群引诱学生参与…, 坏人以…为名诱骗
 * 孩子), children as the lured (诱导未成年人), the guardians advised (家长要多留意孩子, 请家长关注孩子,
 * 致家长的一封信, 教育孩子不要…) and the reader told to call the police (请及时报警, 立即拨打110).
 */
const GUARDIAN_ADVICE =
  /(?:不法分子|犯罪分子|违法分子|坏人|骗子|陌生人)[^。！？!?\n]{0,30}?(?:引诱|诱骗|诱导|拉拢|教唆|怂恿|哄骗|蛊惑)|(?:引诱|诱骗|诱导|拉拢|教唆|怂恿|哄骗)(?:在校|中小)?(?:学生|孩子|小孩|儿童|青少年|未成年人|少年)|致(?:全[市区县校体])?(?:广大)?(?:学生)?家长(?:朋友)?(?:们)?的(?:一封)?(?:信|倡议书)|(?:家长|监护人)(?:朋友)?(?:们)?(?:一定)?(?:要|应|须|务必|多|切实|及时|密切|加强)?(?:多)?(?:关注|关心|留意|注意|看管|监管|加强对|教育|引导|提醒|管好)(?:孩子|子女|学生|未成年|青少年)|(?:教育|引导|提醒|告诫|叮嘱|督促|教会)(?:孩子|子女|学生|青少年|未成年人)(?:们)?(?:不要|不|切勿|远离|拒绝|增强|提高|学会|认清|识别|自觉)|(?:请|应|要|务必)?(?:及时|立即|马上|第一时间|迅速)(?:拨打110)?(?:报警|报案)|拨打110(?:报警|报案|求助)?/;

/**
 * The harm told as a fact (一旦沾染…, 一旦上瘾, 极易成瘾, 严重损害身心健康, 损害大脑, 倾家荡产, 负债
 * 累累, 家破人亡, 害人害己), not denied: 不会成瘾, 不损害健康 and 绝不会血本无归 are a seller's words.
 */
const HARM_TOLD =
  /(?<!不会|不至于|绝不会?|避免|告别|摆脱|不再|走出)(?:倾家荡产|家破人亡|妻离子散|负债累累|血本无归|家庭破裂|人财两空|身败名裂)|害人害己|(?<!不|不会|无|没有|绝不)(?:极易|很容易|容易|极其容易|易)(?:成瘾|上瘾|染上毒瘾)|一旦(?:沾染|染上|沾上|吸食|接触毒品|陷入|沉迷|上瘾|成瘾)|(?<!不|不会|无|没有|绝不|不伤|零)(?:严重)?(?:损害|危害|摧残|毁坏|损伤)(?:[^。！？!?\n，,]{0,4}?)(?:身心健康|身体健康|健康|大脑|神经|一生|前途|家庭)/;

export const GUARDIAN_FRAME_PATTERNS: readonly RegExp[] = [GUARDIAN_ADVICE, HARM_TOLD];
