// Bike insurance is a service: its "product" is the policy, shown as a card (a rounded, extruded
// slab in the bike type's colour) with the policy written on it (canvas texture) and one raised
// plaque per coverage, stacked by instance number, each naming its kind and deductible.

import * as THREE from 'three';
import { extrude, nodeName, part, textPlate } from '../kit.js';

const KIND_COLOUR = { theft: '#c0392b', damage: '#d68910', assistance: '#2471a3' };
const KIND_TEXT = { theft: 'THEFT', damage: 'DAMAGE', assistance: 'ASSISTANCE' };

function rounded(w, h, r) {
  const points = [];
  const corners = [[w / 2 - r, h / 2 - r, 0], [-w / 2 + r, h / 2 - r, Math.PI / 2], [-w / 2 + r, -h / 2 + r, Math.PI], [w / 2 - r, -h / 2 + r, -Math.PI / 2]];
  for (const [cx, cy, start] of corners) {
    for (let i = 0; i <= 4; i++) {
      const a = start + (i / 4) * (Math.PI / 2);
      points.push([cx + Math.cos(a) * r, cy + Math.sin(a) * r]);
    }
  }
  return points;
}

export default {
  shows: ['bike_type', 'coverages[*].kind'],
  views: { front: [0, 0, 1], side: [1, 0.3, 0.8], top: [0, 1, 0.6] },
  build(ctx, root) {
    const card = extrude(rounded(0.3, 0.2, 0.015), 0.006, ctx.material('bike_type', 'paper', ctx.colour('bike_type', '#2f6f8f'), { clearcoat: 0.6, clearcoatRoughness: 0.2 }), 0.002);
    part(root, ctx.value('bike_type') ? nodeName(ctx, 'bike_type') : 'part:card', card, 'bike_type');
    const value = ctx.number('bike_value', 0);
    const title = textPlate('policy', `BIKE POLICY${value ? ` · ${value} EUR` : ''}`, { w: 0.26, h: 0.03, colour: '#ffffff' });
    title.name = 'part:policy-text';
    title.position.set(0, 0.07, 0.0055);
    root.add(title);
    ctx.instances('coverages').forEach((n, i) => {
      const id = `coverages[${n}].kind`;
      const kind = ctx.value(id);
      const deductible = ctx.value(`coverages[${n}].deductible`);
      const plaque = extrude(rounded(0.24, 0.032, 0.008), 0.004, ctx.material(id, 'paint', KIND_COLOUR[kind] || '#777777'), 0.001);
      plaque.position.set(0, 0.025 - i * 0.042, 0.008);
      const node = part(root, `${id}=${kind}`, plaque, id);
      const label = textPlate(id, `${KIND_TEXT[kind] || kind}${deductible !== null ? ` · ${deductible} EUR DEDUCTIBLE` : ''}`, { w: 0.22, h: 0.022, colour: '#ffffff' });
      label.name = `part:${id}-label`;
      label.position.z = 0.0035;
      node.add(label);
    });
  },
};
