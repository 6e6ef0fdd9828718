// Pizza seen from above at an angle: the base turned (lathe) at the size's diameter with its
// crust (thin, or a raised rim) in the crust's colour, the sauce, cheese and every topping chosen
// scattered at fixed pseudo-random places (the same pizza every time).

import * as THREE from 'three';
import { box, lathe, mesh, nodeName, part } from '../kit.js';

const SIZE = { small: 0.13, medium: 0.16, large: 0.2 };

/** A small deterministic random generator (the toppings stay where they were). */
function random(seed) {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return (s - 1) / 2147483646;
  };
}

/** Places count copies of make() on the pizza (radius r), at height y. */
function scatter(group, r, y, count, seed, make) {
  const next = random(seed);
  for (let i = 0; i < count; i++) {
    const a = next() * Math.PI * 2;
    const d = Math.sqrt(next()) * r;
    const piece = make(next);
    piece.position.set(Math.cos(a) * d, y, Math.sin(a) * d);
    piece.rotation.y = next() * Math.PI * 2;
    group.add(piece);
  }
}

/** A ring lying flat (tori stand upright), in a group so it can turn about y. */
function flat(ring) {
  ring.rotation.x = Math.PI / 2;
  const group = new THREE.Group();
  group.add(ring);
  return group;
}

const TOPPINGS = {
  salami: { seed: 11, count: 9, make: (m) => mesh(new THREE.CylinderGeometry(0.022, 0.022, 0.004, 14), m), colour: '#a3282b', kind: 'food' },
  ham: { seed: 13, count: 8, make: (m) => box(0.035, 0.003, 0.025, m), colour: '#e59a9a', kind: 'food' },
  tuna: { seed: 17, count: 10, make: (m) => mesh(new THREE.IcosahedronGeometry(0.008, 0), m), colour: '#b7a894', kind: 'food' },
  mushrooms: { seed: 19, count: 9, make: (m) => box(0.022, 0.004, 0.016, m), colour: '#cdb79e', kind: 'food' },
  peppers: { seed: 23, count: 8, make: (m) => flat(mesh(new THREE.TorusGeometry(0.012, 0.003, 4, 10, Math.PI), m)), colour: '#2f8f3a', kind: 'food' },
  olives: { seed: 29, count: 10, make: (m) => flat(mesh(new THREE.TorusGeometry(0.006, 0.003, 4, 10), m)), colour: '#1f1f1f', kind: 'food' },
  onions: { seed: 31, count: 8, make: (m) => flat(mesh(new THREE.TorusGeometry(0.014, 0.0018, 4, 12, Math.PI * 1.2), m)), colour: '#c98bb9', kind: 'food' },
  pineapple: { seed: 37, count: 9, make: (m) => box(0.016, 0.008, 0.016, m), colour: '#f2cf3d', kind: 'food' },
  jalapenos: { seed: 41, count: 8, make: (m) => mesh(new THREE.CylinderGeometry(0.009, 0.009, 0.004, 10), m), colour: '#4f9a2a', kind: 'food' },
  rocket: { seed: 43, count: 12, make: (m) => box(0.03, 0.001, 0.012, m), colour: '#3d7a2e', kind: 'food' },
};

export default {
  shows: ['size', 'crust', 'sauce', 'mozzarella', 'extra_cheese', ...Object.keys(TOPPINGS)],
  views: { top: [0, 1, 0.55], side: [0, 0.3, 1], detail: [0.4, 0.5, 0.6] },
  build(ctx, root) {
    const r = SIZE[ctx.value('size')] || SIZE.medium;
    const thin = ctx.value('crust') === 'thin';
    const dough = ctx.material('crust', 'food', ctx.colour('crust', '#e3b778'));
    const rim = thin ? 0.006 : 0.014;
    const base = lathe([[0.001, 0], [r, 0], [r + rim * 0.4, rim * 0.5], [r, rim], [r - rim, rim * 0.6], [0.001, 0.006]], dough, 40);
    const sized = part(root, ctx.value('size') ? nodeName(ctx, 'size') : 'part:size', new THREE.Group(), 'size');
    part(sized, ctx.value('crust') ? nodeName(ctx, 'crust') : 'part:crust', base, 'crust');
    const inner = r - rim;
    if (ctx.value('sauce')) {
      const sauce = mesh(new THREE.CylinderGeometry(inner, inner, 0.002, 40), ctx.material('sauce', 'food', ctx.colour('sauce', '#c8321e')), 0, 0.007, 0);
      part(root, nodeName(ctx, 'sauce'), sauce, 'sauce');
    }
    const cheese = (attribute, seed, count) => {
      if (!ctx.on(attribute)) return;
      const group = part(root, `${attribute}=true`, new THREE.Group(), attribute);
      const m = ctx.material(attribute, 'food', attribute === 'mozzarella' ? '#f6f0dc' : '#f3d27a');
      scatter(group, inner * 0.85, 0.009, count, seed, (next) => {
        const blob = mesh(new THREE.SphereGeometry(0.018 + next() * 0.01, 10, 5), m);
        blob.scale.y = 0.15;
        return blob;
      });
    };
    cheese('mozzarella', 5, 12);
    cheese('extra_cheese', 7, 10);
    for (const [attribute, t] of Object.entries(TOPPINGS)) {
      if (!ctx.on(attribute)) continue;
      const group = part(root, `${attribute}=true`, new THREE.Group(), attribute);
      const m = ctx.material(attribute, t.kind, t.colour);
      scatter(group, inner * 0.85, 0.012, t.count, t.seed, () => t.make(m));
    }
  },
};
