import type { Random } from './random';

// Realistic-sounding stage and legal names for the demo roster (made up; any likeness is chance).
const stageFirst = ['小', '阿', '大', '甜', '酷', '萌', '糖', '蜜', '七', '九'];
const stageSecond = ['雨', '晴', '月', '桃', '柚', '可', '乐', '米', '豆', '鹿', '橙', '糯', '星', '芒', '栗'];
const stageSuffix = ['酱', '子', '儿', '呀', '姐', '哥', '妹', '宝', '', ''];
const surnames = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'];
const given = ['婷', '静', '敏', '磊', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '佳怡', '子涵', '思琪', '浩然', '雨欣', '梓萱', '一诺'];

export function stageName(rng: Random, taken: Set<string>): string {
  for (;;) {
    const name = rng.pick(stageFirst) + rng.pick(stageSecond) + rng.pick(stageSuffix);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

export const legalName = (rng: Random) => rng.pick(surnames) + rng.pick(given);

export const brandNames = [
  '花西子', '完美日记', '珀莱雅', '百雀羚', '三只松鼠', '良品铺子', '元气森林', '李宁', '安踏', '波司登',
  '认养一头牛', '王饱饱', '蕉下', '内外', '薇诺娜', '自然堂', '小仙炖', '钟薛高', '卫龙', '好欢螺',
  '林清轩', '半亩花田', '三顿半', '白象', '鸿星尔克', '飞鹤', '小熊电器', '追觅', '石头科技', '北鼎',
];
