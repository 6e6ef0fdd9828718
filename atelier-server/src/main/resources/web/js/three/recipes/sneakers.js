// Sneakers: one shoe, toe towards +x. Sole (extruded outline) in the sole colour, upper (a shaped
// dome) in the upper colour with the material's surface (canvas: fabric sheen, leather: clear
// coat, suede: nap), the high top's collar in the same colour and material, laces across the
// instep, and the monogram embroidered on the heel or the tongue where monogram_place puts it.

import * as THREE from 'three';
import { box, extrude, mesh, nodeName, part, rod, textPlate } from '../kit.js';

/** The tongue's slope (radians): it rises towards the ankle. */
const TONGUE = 0.55;

const KIND = { canvas: 'fabric', leather: 'leather', suede: 'suede' };

/** The sole's outline seen from above (x along the shoe, y across), metres. */
const OUTLINE = [
  [-0.135, -0.02], [-0.13, -0.038], [-0.1, -0.045], [-0.03, -0.04], [0.04, -0.05], [0.1, -0.048],
  [0.135, -0.03], [0.145, 0], [0.135, 0.03], [0.1, 0.045], [0.04, 0.046], [-0.03, 0.036],
  [-0.1, 0.043], [-0.13, 0.036], [-0.135, 0.02],
];

export default {
  shows: ['model', 'material', 'upper_colour', 'sole_colour', 'laces_colour', 'monogram_place'],
  views: { side: [0.15, 0.35, 1], front: [1, 0.45, 0.35], back: [-1, 0.45, 0.35], top: [0.05, 1, 0.1] },
  areaViews: { heel: 'back', tongue: 'top' },
  build(ctx, root) {
    const high = ctx.value('model') === 'high';
    const sole = extrude(OUTLINE, 0.022, ctx.material('sole_colour', 'rubber', ctx.colour('sole_colour', '#fafafa')));
    sole.rotation.x = -Math.PI / 2;
    sole.position.y = 0.011;
    part(root, nodeName(ctx, 'sole_colour'), sole, 'sole_colour');

    const skin = ctx.material('upper_colour', KIND[ctx.value('material')] || 'fabric', ctx.colour('upper_colour', '#f4f4f4'));
    const material = part(root, nodeName(ctx, 'material'), new THREE.Group(), 'material');
    const upper = mesh(new THREE.SphereGeometry(1, 40, 16, 0, Math.PI * 2, 0, Math.PI / 2), skin, 0, 0.024, 0);
    upper.scale.set(0.138, 0.075, 0.044);
    part(material, nodeName(ctx, 'upper_colour'), upper, 'upper_colour');
    const tongueY = high ? 0.105 : 0.095;
    const tongue = box(0.07, 0.006, 0.04, skin, 0.015, tongueY, 0);
    tongue.rotation.z = -TONGUE;
    part(material, 'part:tongue', tongue);
    const collarHeight = high ? 0.085 : 0.035;
    const collar = mesh(new THREE.CylinderGeometry(0.04, 0.047, collarHeight, 28, 1, true), skin, -0.085, 0.06 + collarHeight / 2, 0);
    collar.scale.set(1.15, 1, 1);
    skin.side = THREE.DoubleSide;
    part(material, nodeName(ctx, 'model'), collar, 'model');

    const laces = part(root, nodeName(ctx, 'laces_colour'), new THREE.Group(), 'laces_colour');
    const lace = ctx.material('laces_colour', 'fabric', ctx.colour('laces_colour', '#ffffff'));
    const rows = high ? 6 : 4;
    for (let i = 0; i < rows; i++) {
      const x = 0.06 - i * 0.017;
      const y = 0.085 + i * (high ? 0.011 : 0.006);
      laces.add(rod([x, y, -0.026], [x - 0.006, y + 0.004, 0.026], 0.0025, lace, 6));
    }

    const place = ctx.value('monogram_place');
    if (place) {
      const spot = part(root, nodeName(ctx, 'monogram_place'), new THREE.Group(), 'monogram_place');
      const text = ctx.text('monogram');
      // The plate's basis: text right, text up, surface normal (the text reads from outside).
      const basis = new THREE.Matrix4();
      if (place === 'heel') {
        spot.position.set(-0.141, high ? 0.1 : 0.077, 0);
        basis.makeBasis(new THREE.Vector3(0, 0, 1), new THREE.Vector3(0, 1, 0), new THREE.Vector3(-1, 0, 0));
      } else {
        const n = new THREE.Vector3(Math.sin(TONGUE), Math.cos(TONGUE), 0);
        spot.position.set(0.015, tongueY, 0).addScaledVector(n, 0.0045);
        basis.makeBasis(new THREE.Vector3(0, 0, -1), new THREE.Vector3(-Math.cos(TONGUE), Math.sin(TONGUE), 0), n);
      }
      spot.quaternion.setFromRotationMatrix(basis);
      if (text) spot.add(textPlate('monogram', text, { w: 0.036, h: 0.016, colour: '#c9a227' }));
    }
  },
};
