// A public institution of the site's own government named as the source: 县人民医院 (or 云溪县人民医院)
// on 云溪县卫生健康局's site, 县第一中学 on the county education bureau's, 县图书馆 on its culture
// bureau's, 县儿童福利院 or 县救助管理站 on its civil affairs bureau's. A county body publishing news its own county's hospital or school wrote is no repost from
// outside; the institution named bare by its level (县…) can only be the county's own. A hospital of
// another level (市人民医院 on a county site), a hospital with a brand name (康华医院) and a page that
// names no site of its own stay sources to check.

/** The public institutions a level of government runs, after its level: 人民医院, 第一中学, 图书馆. */
const INSTITUTION =
  /^(?:第[一二三四五六七八九十]+)?(?:人民医院|中医院|中医医院|中西医结合医院|妇幼保健院|医院|实验小学|实验中学|高级中学|中学|小学|职业中学|职业技术学校|职业中专|特殊教育学校|幼儿园|图书馆|文化馆|博物馆|档案馆|科技馆|美术馆|纪念馆|体育馆|儿童福利院|社会福利院|福利院|敬老院|光荣院|救助管理站|烈士陵园|殡仪馆|军队离休退休干部休养所|军休所|疾病预防控制中心|疾控中心)$/;
/** A site of a government body, with its place and level: 云溪县卫生健康局, 青山区教育局. */
const GOVERNMENT_SITE =
  /^([\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州|旗|盟))[\u4e00-\u9fff]*(?:局|委员会|委|政府|厅|办公室)$/;

/** Whether `name` is a public institution of the level of one of the page's own sites. */
export function isOwnLevelInstitution(name: string, own: readonly string[]): boolean {
  const bare = name.trim();
  return own.some((site) => {
    const place = GOVERNMENT_SITE.exec(site)?.[1];
    if (!place) return false;
    const level = place.slice(-1);
    const rest = bare.startsWith(place)
      ? bare.slice(place.length)
      : bare.startsWith(level)
        ? bare.slice(1)
        : undefined;
    return rest !== undefined && INSTITUTION.test(rest);
  });
}
