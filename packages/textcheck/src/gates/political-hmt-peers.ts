// Pattern family of the political gate for the people or firms of Hong Kong, Macao or Taiwan set
// beside China's as peers: 香港、澳门游客与中国游客相比, 台湾企业和中国企业, 中国学生与港澳台学生. The
// places are part of China, so the other side is 内地 (大陆 for Taiwan): 港澳游客与内地游客. The bare
// names (香港与中国) are political-hmt-patterns.ts's; here a noun of people or trade stands after each.
// 中国内地, 中国大陆, 中国其他地区 and 中国香港 name the right things and are not matched, nor a list of
// foreigners and HMT people (外国游客和港澳台游客), nor 中国人民 (which includes them).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** Hong Kong, Macao, Taiwan, alone or listed: 香港、澳门, 港澳台, 台湾地区. */
const HMT =
  '(?:港澳台|港澳|港台|澳台|香港|澳门|台湾)(?:(?:、|和|与|及|以及)(?:香港|澳门|台湾))*(?:地区|特区|特别行政区)?(?:的)?';
/** People, firms or goods counted or compared as a group. */
const PEERS =
  '(?:游客|旅客|居民|同胞|企业|公司|学生|留学生|青年|民众|公民|考生|球员|选手|运动员|投资者|客商|商人|消费者|客源|观众|网民|用户|患者|教师|员工|务工人员|人员|人口|市场|商品|产品|品牌|资本|资金|商家|厂商|艺人|演员|歌手|影片|电影)';
/** 中国 that names China as the other side: not 中国内地, 中国大陆, 中国香港, 中国其他地区 …. */
const CHINA = '(?<![新老旧全大])中国(?!内地|大陆|香港|澳门|台湾|台北|其他|其它|其余|籍)(?:的)?';
const BESIDE = '(?:与|和|及|同|跟|、|以及|比|较|对比|相比)';

export const HMT_PEER_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'political.hmt',
    severity: 'block',
    pattern: new RegExp(
      `${HMT}${PEERS}${BESIDE}${CHINA}${PEERS}|${CHINA}${PEERS}${BESIDE}${HMT}${PEERS}`,
      'g',
    ),
    message:
      '港澳台是中国的一部分，其人员、企业不能与“中国”人员、企业并列；应称“内地（大陆）游客与港澳台游客”等',
  },
  {
    // Students of Hong Kong, Macao or Taiwan at a mainland school called 留学生, the word for foreign
    // students (招收香港、澳门留学生及外国留学生, 台湾留学生来我校交流): they are 港澳台学生. A Hong Kong
    // student abroad (香港留学生在英国, 赴美国的台湾留学生) is one.
    rule: 'political.hmt',
    severity: 'warn',
    pattern: new RegExp(
      `(?<!(?:赴|在|去|到)[^。；！？\\n，,]{0,8})${HMT}(?:籍)?(?:来华|来内地|来大陆|在华|在内地)?留学生(?![^。；！？\\n]{0,20}?(?:赴|在|去|到)(?:海外|国外|境外|英国|美国|澳大利亚|加拿大|日本|韩国|欧洲|新加坡|新西兰))`,
      'g',
    ),
    message: '港澳台学生不是“留学生”，应称“港澳台学生”，不与外国留学生混称',
  },
]);
