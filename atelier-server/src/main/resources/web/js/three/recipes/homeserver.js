// Home server: the case (compact with two bays, tower with four) and the drives in their bays by
// instance number (SSDs flat and dark, hard disks grey and thick), the memory on the board.

import * as THREE from 'three';
import { box, nodeName, part } from '../kit.js';

const CASES = { compact: [0.2, 0.2, 0.22], tower: [0.22, 0.32, 0.26] };

export default {
  shows: ['case', 'memory', 'drives[*].type'],
  views: { front: [0.3, 0.25, 1], side: [1, 0.25, 0.3], top: [0.2, 1, 0.5] },
  build(ctx, root) {
    const [w, h, d] = CASES[ctx.value('case')] || CASES.tower;
    const shell = ctx.material('case', 'paint', '#2c3036');
    const chassis = part(root, nodeName(ctx, 'case'), new THREE.Group(), 'case');
    chassis.add(
      box(w, 0.008, d, shell, 0, h - 0.004, 0),
      box(w, 0.008, d, shell, 0, 0.004, 0),
      box(0.008, h, d, shell, -w / 2, h / 2, 0),
      box(0.008, h, d, shell, w / 2, h / 2, 0),
      box(w, h, 0.008, shell, 0, h / 2, -d / 2),
    );
    const bay = (i) => [0, h - 0.04 - i * 0.065, d / 2 - 0.03];
    for (const n of ctx.instances('drives')) {
      const id = `drives[${n}].type`;
      const [x, y, z] = bay(n - 1);
      const hdd = ctx.value(id) === 'hdd';
      const drive = box(w - 0.03, hdd ? 0.05 : 0.02, 0.06, ctx.material(id, 'metal', hdd ? '#9aa1a8' : '#34495e', { metalness: hdd ? 0.9 : 0.4 }), x, y, z);
      part(root, `${id}=${ctx.value(id)}`, drive, id);
      part(root, `part:led-${n}`, box(0.012, 0.006, 0.004, ctx.plain('plastic', hdd ? '#49c46b' : '#3da5ff'), w / 2 - 0.04, y, d / 2 + 0.002));
    }
    if (ctx.value('memory')) {
      const sticks = part(root, nodeName(ctx, 'memory'), new THREE.Group(), 'memory');
      const count = { 8: 1, 16: 2, 32: 4 }[ctx.value('memory')] || 1;
      for (let i = 0; i < count; i++) sticks.add(box(0.006, 0.03, 0.12, ctx.material('memory', 'plastic', '#1f5130'), -w / 2 + 0.03 + i * 0.012, 0.04, -0.02));
    }
  },
};
