// Pattern families of the legal gate: violent footage and threats (杀人现场视频), weapons and
// contraband on sale or made at home (教你制作土炸弹, 气狗), and gore described in a report.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

export const LEGAL_VIOLENCE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.violence',
    severity: 'block',
    pattern:
      /(?:杀人|砍人|捅人|虐杀|虐童|虐猫|斩首|枪杀|分尸|碎尸|行刑|血腥)(?:现场|全程|全过程|过程|原)?(?:视频|画面|完整版|高清|无码)|(?:杀人|砍人|捅人|行凶|虐杀|虐童|斩首|枪杀|分尸|碎尸|血腥)[^。；！？\n]{0,8}?(?:未打码|没打码|无打码|不打码|未删减|无删减|无马赛克|没有马赛克)/g,
    message: '传播暴力血腥内容',
  },
  {
    // A threat of beating someone to death or maiming: 谁敢阻拦就往死里打, 哪个再来闹事直接打断腿,
    // 要是有人敢告就弄死. Not 谁再违规就处罚 or 就打110 (no violent result follows the verb), nor the
    // figurative 往死里整 (to ruin someone) outside such a condition.
    rule: 'legal.violence',
    severity: 'block',
    pattern:
      /(?:谁|哪个|哪家|哪一个|要是有人|如果有人|有人)(?:要是|若是?|如果|再|胆敢|敢|还敢)[^。；！？\n]{0,12}?(?:就|便|直接|立马|立刻|我就|我们就|老子就)(?:往死里(?:打|揍|整|砍|踹)|(?:打|揍|弄|砍|捅|整)(?:死|残)|打断[^。；！？\n]{0,3}?腿|(?:揍|打)(?:他|你|他们|你们)?一顿|放狗咬)|往死里(?:打|揍|砍|踹)(?!击)/g,
    message: '暴力威胁内容',
  },
  {
    rule: 'legal.weapons',
    severity: 'block',
    pattern:
      /(?:制作|自制|土制|手工|手把手教你?|教你|如何|怎么)(?:做|制作|造|组装)?[^。，；！？\n的]{0,4}?(?:炸弹|炸药|雷管|燃烧瓶|火药枪|仿真枪|枪支)|土(?:炸弹|炸药|枪)/g,
    message: '涉枪涉爆内容',
  },
  {
    // Recipes for explosives: a precursor mixed in proportion (硝酸铵加柴油按比例混合即可) beside an
    // explosive word, either order.
    rule: 'legal.weapons',
    severity: 'block',
    pattern:
      /(?:炸药|炸弹|雷管|爆炸物|土炮|爆破)[^。！？\n]{0,40}?(?:硝酸铵|氯酸钾|高锰酸钾|硝酸钾|硝化甘油|黑火药|铝粉|镁粉|硫磺|双氧水|丙酮)[^。；！？\n]{0,16}?(?:按比例|按配比|配比|混合|混匀|研磨|搅拌)[^。；！？\n]{0,8}?(?:即可|就能|就行|就可以|便可|可制成|制成)?|(?:硝酸铵|氯酸钾|高锰酸钾|硝酸钾|硝化甘油|黑火药|铝粉|镁粉|硫磺|双氧水|丙酮)[^。；！？\n]{0,16}?(?:按比例|按配比|配比|混合|混匀|研磨|搅拌)[^。；！？\n]{0,8}?(?:即可|就能|就行|就可以|便可)[^。！？\n]{0,30}?(?:炸药|炸弹|雷管|爆炸|引爆|威力)/g,
    message: '涉爆内容：传授制作爆炸物方法',
  },
  {
    // Guns and ammunition offered by slang or name with a sale or a power claim: 精品气狗、秃子套件
    // 全国包邮，赠送铅弹; 钢珠枪…货到付款.
    rule: 'legal.weapons',
    severity: 'block',
    pattern:
      /(?:气狗|火狗|钢珠枪|气枪|猎枪|仿真枪|高压鸟枪|鸟枪|麻醉枪|秃子套件|枪械配件|枪支配件|铅弹|钢珠弹|狗粮弹)[^。；！？\n]{0,20}?(?:包邮|出售|出货|有货|到货|发货|赠送|送弹|价格|优惠|私聊|加微|货到付款|威力|打穿|一枪)/g,
    message: '涉枪内容：出售枪支、弹药或配件',
  },
  {
    // Contraband on sale: 新到一批气狗、仿真枪配件, 野生穿山甲现杀现做, 有售娃娃鱼.
    rule: 'legal.weapons',
    severity: 'block',
    pattern:
      /(?:新到|到货|出售|现货|批发|有售|低价出|转让|代购)[^。；！？\n]{0,6}?(?:气狗|气枪|火药枪|钢珠枪|仿真枪|猎枪|弓弩|管制刀具)|(?:气狗|钢珠枪|火药枪)(?:出售|有售|现货|到货|配件)/g,
    message: '疑似出售枪支、管制器具',
  },
  {
    // Gore told from footage: 视频中一男子将对方砍得血肉模糊, 监控画面显示…被撞得脑浆迸裂. Only with the
    // footage named before it in the sentence (a red story's 被敌人打得皮开肉绽 names none).
    rule: 'legal.violence',
    severity: 'block',
    pattern:
      /(?:视频|画面|镜头|监控|直播)[^。；！？\n]{0,30}?(?<span>(?:砍|打|捅|刺|撞|炸|砸|咬|划)(?:得|成)(?:血肉模糊|血肉横飞|脑浆迸裂|皮开肉绽|鲜血直流|血流如注|满脸是血|浑身是血|肠子都?流))/g,
    message: '传播暴力血腥内容',
  },
  {
    // Thugs for hire: 打手随叫随到, 提供专业打手, 出租打手, 承接打手业务.
    rule: 'legal.violence',
    severity: 'block',
    pattern:
      /打手(?:随叫随到|出租|团队|上门|服务|包月|业务)|(?:提供|承接|出租|代找|雇佣?)(?:专业)?打手/g,
    message: '招揽暴力讨债、雇佣打手，涉嫌违法犯罪',
  },
]);

/**
 * Gore described in a report: the detail is the account's own wording whatever warning follows it,
 * so only quotation or an enforcement word in its sentence regrades it (legal.gate.ts), not the
 * anti-fraud or road-safety warning frame of the post.
 */
export const GORE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Gore told in detail, in an accident or crime report as much as in footage: 头部被碾碎, 脑浆
    // 溅满路面, 头部被挤碎，脑浆和血迹溅满驾驶室, 肠子流了出来, 身首异处, 头骨碎裂、脑浆溢出, 眼球脱出,
    // 头部被砍开，脑组织外溢，地上满是血迹和碎骨 (a wound laid open, brain tissue or bone on the ground). The fact of a death (当场死亡, 经抢救
    // 无效) or an injury in a doctor's words (颅骨骨折) is no gore. A safety
    // reminder after it (交警提醒广大驾驶人…) does not make the description a mere mention.
    rule: 'legal.violence',
    severity: 'warn',
    pattern:
      /脑浆(?:[和与及、]?(?:血迹|鲜血|血水|血液))?(?:迸裂|四溅|溅|流|溢|外溢|涂地|崩裂|喷)|(?:血迹|鲜血|血水)(?:和|与|混着|夹杂着)脑浆|(?:头骨|头盖骨|头颅|脑壳)(?:当场|瞬间|顿时)?(?:碎裂|粉碎|爆裂|崩裂|被砸碎|被击碎|被砸开|被撞碎)|眼球(?:当场)?(?:爆出|脱出|掉出|被挖出)|(?:头部|头颅|脑袋|头骨|身体|躯体|肢体|尸体|内脏|胸腔|腹部)(?:被|遭)(?:车轮|轮胎)?(?:碾碎|压碎|碾成|压成|炸碎|砸碎|撕碎|绞碎|压扁|碾扁|炸烂|砸烂|挤碎|挤扁|挤烂|撞碎|撞烂|夹碎)|肠子[^。；！？\n]{0,3}?(?:流出|流了出来|露出|外露|淌出)|身首异处|脑组织(?:当场)?(?:外溢|溢出|外流|流出|外露|露出|四溅|溅出|流了一地|撒了一地)|(?:头部|头颅|脑袋|头骨|颅骨|脑壳|面部|腹部|胸腔)(?:被|遭)(?:砍开|劈开|砸开|砍裂|劈裂|砸裂|砍烂|砸烂|劈成两半|砍成两半|剖开|豁开)|(?:满地|地上|地面|现场)(?:都)?(?:满是|全是|遍地是|到处是|散落着?)(?:鲜血|血迹|血水)?(?:和|与|、)?(?:碎骨|骨渣|碎肉|肉块|残肢|断肢)/g,
    message: '传播暴力血腥内容',
  },
]);
