// Building blocks of person-name expressions: gates that find a named person (a minor, a patient,
// an informant, a petitioner) build the name from these fragments, so they agree on what a name is.

/** One character of a common surname, as a class: the name expressions are built from it. */
export const SURNAME_CHAR =
  '[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧柳乔施洪庞颜倪殷童牛温葛单甘祝包宁尚符舒阮柯纪梅翟岳齐骆鲁焦申关聂耿]';
