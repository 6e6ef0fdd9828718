// Bicycle, front towards +x: wheels (tyre torus, rim, spokes), the frame's tubes in its paint
// (steel and alu painted with clear coat, carbon dark and glossy) at the frame size, the seat
// post at the saddle height, hub gear or derailleur with cassette, rim or disc brakes (hydraulic
// ones with red callipers), the saddle and the extras: basket, rack and bag.

import * as THREE from 'three';
import { box, lathe, mesh, nodeName, part, rod } from '../kit.js';

const WHEEL = 0.34;
const REAR = [-0.52, WHEEL, 0];
const FRONT = [0.52, WHEEL, 0];

function wheel(ctx, centre) {
  const group = new THREE.Group();
  group.position.set(...centre);
  const tyre = mesh(new THREE.TorusGeometry(WHEEL - 0.02, 0.02, 8, 48), ctx.plain('rubber', '#1c1c1c'));
  const rim = mesh(new THREE.TorusGeometry(WHEEL - 0.045, 0.008, 6, 48), ctx.plain('metal', '#c8c8c8'));
  group.add(tyre, rim);
  const spoke = ctx.plain('metal', '#d8d8d8');
  for (let i = 0; i < 16; i++) {
    const a = (i / 16) * Math.PI * 2;
    const side = i % 2 ? 0.02 : -0.02;
    group.add(rod([0, 0, side], [Math.cos(a) * (WHEEL - 0.05), Math.sin(a) * (WHEEL - 0.05), 0], 0.0015, spoke, 4));
  }
  return group;
}

export default {
  shows: ['frame', 'gears', 'brakes', 'saddle', 'basket', 'rack', 'bag'],
  views: { side: [0, 0.12, 1], front: [1, 0.3, 0.45], back: [-1, 0.35, 0.4], top: [0.05, 1, 0.15] },
  build(ctx, root) {
    const size = ctx.number('size', 54) / 100; // seat tube length
    const saddleHeight = ctx.number('saddle_height', 80) / 100;
    part(root, 'part:rear-wheel', wheel(ctx, REAR));
    part(root, 'part:front-wheel', wheel(ctx, FRONT));

    const frame = ctx.value('frame');
    const paint = ctx.material('frame', frame === 'carbon' ? 'paint' : frame === 'alu' ? 'metal' : 'paint', ctx.colour('frame', '#5b6770'), frame === 'alu' ? { roughness: 0.35, metalness: 0.8 } : {});
    const tubes = part(root, nodeName(ctx, 'frame'), new THREE.Group(), 'frame');
    const r = frame === 'carbon' ? 0.02 : frame === 'alu' ? 0.018 : 0.013;
    const bb = [-0.02, 0.28, 0];
    const seatTop = [bb[0] - size * 0.28, bb[1] + size, 0];
    const headTop = [0.38, 0.28 + size * 0.95, 0];
    const headBottom = [0.42, 0.28 + size * 0.72, 0];
    tubes.add(
      rod(bb, seatTop, r, paint),
      rod(seatTop, headTop, r * 0.9, paint),
      rod(bb, headBottom, r * 1.1, paint),
      rod(headBottom, headTop, r * 1.2, paint),
      rod(bb, [REAR[0], REAR[1], 0.05], r * 0.6, paint),
      rod(bb, [REAR[0], REAR[1], -0.05], r * 0.6, paint),
      rod(seatTop, [REAR[0], REAR[1], 0.05], r * 0.55, paint),
      rod(seatTop, [REAR[0], REAR[1], -0.05], r * 0.55, paint),
      rod(headBottom, [FRONT[0], FRONT[1], 0.05], r * 0.6, paint),
      rod(headBottom, [FRONT[0], FRONT[1], -0.05], r * 0.6, paint),
    );
    const steel = ctx.plain('metal', '#b9bcc0');
    const post = Math.max(saddleHeight - bb[1] - size + 0.28, 0.05);
    const seatPost = [seatTop[0] - post * 0.28, seatTop[1] + post, 0];
    part(root, 'part:seat-post', rod(seatTop, seatPost, 0.012, steel));
    part(root, 'part:stem', rod(headTop, [headTop[0] - 0.02, headTop[1] + 0.12, 0], 0.014, steel));
    part(root, 'part:handlebar', rod([headTop[0] - 0.02, headTop[1] + 0.12, -0.28], [headTop[0] - 0.02, headTop[1] + 0.12, 0.28], 0.012, ctx.plain('plastic', '#222222')));

    const saddle = ctx.value('saddle');
    const leather = ctx.material('saddle', 'leather', saddle === 'comfort' ? '#4a3728' : '#151515');
    const seat = mesh(new THREE.SphereGeometry(1, 20, 10), leather, seatPost[0] - 0.02, seatPost[1] + 0.02, 0);
    seat.scale.set(0.13, 0.025, saddle === 'comfort' ? 0.1 : 0.055);
    if (saddle) part(root, nodeName(ctx, 'saddle'), seat, 'saddle');

    const gears = ctx.value('gears');
    if (gears) {
      const drive = part(root, nodeName(ctx, 'gears'), new THREE.Group(), 'gears');
      const metal = ctx.material('gears', 'metal', '#8a8f96');
      if (gears === '3') {
        const hub = lathe([[0.001, -0.05], [0.035, -0.045], [0.04, 0], [0.035, 0.045], [0.001, 0.05]], metal, 20);
        hub.rotation.x = Math.PI / 2;
        hub.position.set(...REAR);
        drive.add(hub);
      } else {
        const teeth = Number(gears);
        for (let i = 0; i < teeth; i++) {
          const cog = mesh(new THREE.CylinderGeometry(0.03 + i * 0.006, 0.03 + i * 0.006, 0.003, 24), metal, REAR[0], REAR[1], 0.045 - i * 0.004);
          cog.rotation.x = Math.PI / 2;
          drive.add(cog);
        }
        drive.add(box(0.03, 0.09, 0.015, metal, REAR[0] + 0.01, REAR[1] - 0.09, 0.06));
      }
      const ring = mesh(new THREE.CylinderGeometry(0.1, 0.1, 0.005, 40), metal, bb[0], bb[1], 0.06);
      ring.rotation.x = Math.PI / 2;
      drive.add(ring);
      drive.add(rod([bb[0], bb[1] + 0.1, 0.06], [REAR[0], REAR[1] + 0.05, 0.06], 0.004, ctx.plain('metal', '#444444'), 4));
      drive.add(rod([bb[0], bb[1] - 0.1, 0.06], [REAR[0], REAR[1] - 0.05, 0.06], 0.004, ctx.plain('metal', '#444444'), 4));
    }

    const brakes = ctx.value('brakes');
    if (brakes) {
      const group = part(root, nodeName(ctx, 'brakes'), new THREE.Group(), 'brakes');
      const calliper = ctx.material('brakes', 'metal', ctx.colour('brakes', '#3a3a3a'), { metalness: 0.4 });
      for (const c of [REAR, FRONT]) {
        if (brakes === 'rim') {
          group.add(box(0.03, 0.05, 0.07, calliper, c[0] + (c === FRONT ? -0.02 : 0.02), c[1] + WHEEL - 0.03, 0));
        } else {
          const disc = mesh(new THREE.CylinderGeometry(0.08, 0.08, 0.003, 32), ctx.plain('metal', '#cfcfcf'), c[0], c[1], -0.06);
          disc.rotation.x = Math.PI / 2;
          group.add(disc, box(0.05, 0.03, 0.025, calliper, c[0] - 0.05, c[1] + 0.06, -0.06));
        }
      }
    }

    const rackTop = REAR[1] + WHEEL + 0.06;
    if (ctx.on('rack') || ctx.on('bag')) {
      const rack = part(root, ctx.on('rack') ? 'rack=true' : 'part:rack', new THREE.Group(), ctx.on('rack') ? 'rack' : null);
      const rail = ctx.plain('metal', '#2b2b2b');
      for (const z of [-0.06, 0.06]) {
        rack.add(rod([REAR[0] - 0.2, rackTop, z], [REAR[0] + 0.2, rackTop, z], 0.006, rail, 6));
        rack.add(rod([REAR[0] - 0.15, rackTop, z], [REAR[0], REAR[1], z], 0.006, rail, 6));
      }
      rack.add(box(0.4, 0.008, 0.13, rail, REAR[0], rackTop, 0));
    }
    if (ctx.on('bag')) {
      part(root, 'bag=true', box(0.32, 0.14, 0.18, ctx.material('bag', 'fabric', '#2f5d50'), REAR[0], rackTop + 0.075, 0), 'bag');
    }
    if (ctx.on('basket')) {
      const basket = lathe([[0.12, 0], [0.125, 0.002], [0.15, 0.2], [0.145, 0.2], [0.12, 0.004], [0.001, 0.004]], ctx.material('basket', 'wood', '#a57a45'), 24);
      basket.material.side = THREE.DoubleSide;
      basket.position.set(headTop[0] + 0.2, headTop[1] - 0.08, 0);
      basket.scale.set(1, 1, 0.85);
      part(root, 'basket=true', basket, 'basket');
    }
  },
};
