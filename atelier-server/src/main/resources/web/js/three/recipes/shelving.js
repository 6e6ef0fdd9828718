// Shelving wall: the bays side by side at their widths (cm), each with its side panels at its
// height, top, bottom and back, its shelves spread evenly and its doors (glass or wood); all
// wood in the finish. The wall behind is wall_width wide, so a wall too narrow for the bays shows.

import * as THREE from 'three';
import { box, mesh, part } from '../kit.js';

const T = 0.018; // board thickness
const DEPTH = 0.35;

export default {
  shows: ['finish', 'wall_width', 'bays[*].width', 'bays[*].height', 'bays[*].shelves', 'bays[*].doors'],
  views: { front: [0, 0.1, 1], side: [1, 0.2, 0.6], top: [0, 1, 0.3] },
  build(ctx, root) {
    const wood = ctx.material('finish', 'wood', ctx.colour('finish', '#b08850'));
    const bays = ctx.instances('bays');
    const widths = bays.map((n) => ctx.number(`bays[${n}].width`, 60) / 100);
    const total = widths.reduce((a, b) => a + b, 0);
    const wall = ctx.number('wall_width', 0) / 100;
    if (ctx.value('wall_width') !== null) {
      const plane = mesh(new THREE.PlaneGeometry(wall, 2.4), ctx.material('wall_width', 'paper', '#e9e4da'), 0, 1.2, -DEPTH / 2 - 0.01);
      part(root, `wall_width=${ctx.value('wall_width')}`, plane, 'wall_width');
    }
    // The bays stand in a group named by the finish: all their wood is in it.
    const bayGroup = part(root, `finish=${ctx.value('finish')}`, new THREE.Group(), 'finish');
    let x = -total / 2;
    bays.forEach((n, i) => {
      const w = widths[i];
      const id = `bays[${n}]`;
      const h = ctx.number(`${id}.height`, 200) / 100;
      const bay = part(bayGroup, id, new THREE.Group());
      bay.position.x = x + w / 2;
      bay.userData.width = w;
      x += w;
      const carcass = part(bay, `${id}.width=${ctx.value(`${id}.width`)}`, new THREE.Group(), `${id}.width`);
      carcass.add(box(w, T, DEPTH, wood, 0, h - T / 2, 0), box(w, T, DEPTH, wood, 0, 0.06, 0), box(w, h, 0.006, wood, 0, h / 2, -DEPTH / 2 + 0.003));
      const sides = part(bay, `${id}.height=${ctx.value(`${id}.height`)}`, new THREE.Group(), `${id}.height`);
      sides.add(box(T, h, DEPTH, wood, -w / 2 + T / 2, h / 2, 0), box(T, h, DEPTH, wood, w / 2 - T / 2, h / 2, 0));
      const count = ctx.number(`${id}.shelves`, 0);
      if (ctx.value(`${id}.shelves`) !== null) {
        const shelves = part(bay, `${id}.shelves=${ctx.value(`${id}.shelves`)}`, new THREE.Group(), `${id}.shelves`);
        for (let s = 1; s <= count; s++) shelves.add(box(w - 2 * T, T, DEPTH - 0.02, wood, 0, 0.06 + ((h - 0.06) * s) / (count + 1), 0));
      }
      const doors = ctx.value(`${id}.doors`);
      if (doors !== null) {
        const front = part(bay, `${id}.doors=${doors}`, new THREE.Group(), `${id}.doors`);
        if (doors !== 'none') {
          const pane = doors === 'glass' ? ctx.material(`${id}.doors`, 'glass', '#cfe8f0') : wood;
          const dh = Math.min(0.8, h * 0.4);
          front.add(box(w - 0.006, dh, 0.016, pane, 0, 0.07 + dh / 2, DEPTH / 2 + 0.008));
          front.add(box(0.012, 0.1, 0.02, ctx.plain('metal', '#777777'), w / 2 - 0.05, 0.07 + dh - 0.08, DEPTH / 2 + 0.02));
        }
      }
    });
  },
};
