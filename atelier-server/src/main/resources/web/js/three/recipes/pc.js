// Gaming PC, front towards +z, glass side panel towards +x: the case (compact, midi, big) in
// black paint with a glass side, the motherboard in its colour, the CPU cooler, memory sticks and
// drives (module instances placed by number), the graphics card at its length (the Radeon in
// red), the power supply and the fans of the fan profile.

import * as THREE from 'three';
import { box, mesh, nodeName, part } from '../kit.js';

const CASES = { compact: [0.2, 0.34, 0.36], midi: [0.22, 0.46, 0.45], big: [0.24, 0.56, 0.52] };
const GPU_LENGTH = { rtx4060: 0.2, rtx4070: 0.27, rx7800xt: 0.27, rtx4090: 0.34 };
const FANS = { silent: 2, balanced: 3, performance: 5 };

function fan(ctx, material) {
  const group = new THREE.Group();
  const ring = mesh(new THREE.TorusGeometry(0.055, 0.006, 6, 24), material);
  const hub = mesh(new THREE.CylinderGeometry(0.018, 0.018, 0.02, 16), material);
  hub.rotation.x = Math.PI / 2;
  group.add(ring, hub);
  for (let i = 0; i < 7; i++) {
    const blade = box(0.045, 0.012, 0.002, material, 0, 0, 0);
    blade.rotation.z = (i / 7) * Math.PI * 2;
    blade.rotation.x = 0.4;
    blade.translateX(0.03);
    group.add(blade);
  }
  return group;
}

export default {
  shows: ['case', 'motherboard', 'cpu', 'gpu', 'fan_profile', 'drives[*].type', 'memory[*].size'],
  views: { side: [1, 0.25, 0.45], front: [0.25, 0.2, 1], top: [0.4, 1, 0.4], inside: [1, 0.05, 0.05] },
  build(ctx, root) {
    const [w, h, d] = CASES[ctx.value('case')] || CASES.midi;
    const shell = ctx.material('case', 'paint', '#1b1c1f');
    const chassis = part(root, nodeName(ctx, 'case'), new THREE.Group(), 'case');
    chassis.add(
      box(0.006, h, d, shell, -w / 2, h / 2, 0),
      box(w, 0.006, d, shell, 0, 0.003, 0),
      box(w, 0.006, d, shell, 0, h - 0.003, 0),
      box(w, h, 0.006, shell, 0, h / 2, -d / 2),
      box(w, h, 0.006, shell, 0, h / 2, d / 2),
      box(0.004, h - 0.02, d - 0.02, ctx.plain('glass', '#a8c6d8'), w / 2, h / 2, 0),
    );
    const boardH = Math.min(h - 0.1, 0.3);
    const boardTop = h - 0.03;
    const board = box(0.004, boardH, Math.min(d - 0.1, 0.25), ctx.material('motherboard', 'plastic', ctx.colour('motherboard', '#2f4f4f')), -w / 2 + 0.012, boardTop - boardH / 2, -0.02);
    if (ctx.value('motherboard')) part(root, nodeName(ctx, 'motherboard'), board, 'motherboard');
    else part(root, 'part:board', board);
    if (ctx.value('cpu')) {
      const cooler = part(root, nodeName(ctx, 'cpu'), new THREE.Group(), 'cpu');
      cooler.add(box(0.08, 0.12, 0.12, ctx.material('cpu', 'metal', '#9aa0a6'), -w / 2 + 0.06, boardTop - 0.09, -0.02));
    }
    ctx.instances('memory').forEach((n, i) => {
      const id = `memory[${n}].size`;
      const stick = box(0.035, 0.13, 0.006, ctx.material(id, 'plastic', '#303a4a'), -w / 2 + 0.03, boardTop - 0.09, 0.07 + i * 0.012);
      part(root, `${id}=${ctx.value(id)}`, stick, id);
    });
    ctx.instances('drives').forEach((n, i) => {
      const id = `drives[${n}].type`;
      const ssd = ctx.value(id) === 'ssd';
      const drive = ssd
        ? box(0.07, 0.007, 0.1, ctx.material(id, 'metal', '#3c4a5a', { metalness: 0.5 }), 0, 0.03 + i * 0.03, d / 2 - 0.09)
        : box(0.1, 0.026, 0.147, ctx.material(id, 'metal', '#8d949b'), 0, 0.03 + i * 0.03, d / 2 - 0.1);
      part(root, `${id}=${ctx.value(id)}`, drive, id);
    });
    const gpu = ctx.value('gpu');
    if (gpu) {
      const length = Math.min(GPU_LENGTH[gpu], d - 0.03);
      const card = box(0.05, 0.12, length, ctx.material('gpu', 'paint', ctx.colour('gpu', '#2b2d30')), -w / 2 + 0.045, boardTop - boardH + 0.08, -d / 2 + 0.015 + length / 2);
      part(root, nodeName(ctx, 'gpu'), card, 'gpu');
    }
    part(root, 'part:psu', box(w - 0.02, 0.085, 0.15, ctx.plain('metal', '#2a2a2a'), 0, 0.05, -d / 2 + 0.09));
    const profile = ctx.value('fan_profile');
    if (profile) {
      const fans = part(root, nodeName(ctx, 'fan_profile'), new THREE.Group(), 'fan_profile');
      const material = ctx.material('fan_profile', 'plastic', profile === 'performance' ? '#d23c3c' : profile === 'silent' ? '#5a6470' : '#c8ccd2');
      for (let i = 0; i < FANS[profile]; i++) {
        const f = fan(ctx, material);
        if (i < 3) f.position.set(0, h - 0.08 - i * 0.13, d / 2 - 0.01);
        else {
          f.position.set(0, h - 0.02, d / 2 - 0.08 - (i - 3) * 0.13);
          f.rotation.x = Math.PI / 2;
        }
        if (f.position.y > 0.12) fans.add(f);
      }
    }
  },
};
