// Jeans, front towards +z: two legs turned (lathe) to the fit's widths and the inseam's length,
// the seat up to the rise, all in the denim's colour with a fabric sheen; zip or button fly, a
// cuffed or chain-stitched hem, and the leather patch on the back with the size written on it
// (waist and inseam in inches, a canvas texture) unless the shopper wrote their own text there.

import * as THREE from 'three';
import { box, lathe, mesh, nodeName, part, textPlate } from '../kit.js';

const FIT = { slim: [0.085, 0.052], regular: [0.095, 0.066], relaxed: [0.108, 0.08] };
const RISE = { low: 0.19, mid: 0.24, high: 0.29 };

export default {
  shows: ['fabric', 'fit', 'rise', 'fly', 'hem'],
  views: { front: [0, 0.1, 1], back: [0, 0.1, -1], side: [1, 0.1, 0.2], detail: [0.2, 0.1, -1] },
  areaViews: { backpatch: 'detail' },
  build(ctx, root) {
    const inseam = ctx.number('inseam', 80) / 100;
    const [thigh, ankle] = FIT[ctx.value('fit')] || FIT.regular;
    const rise = RISE[ctx.value('rise')] || RISE.mid;
    const hip = ctx.number('hip', 100) / 100 / (2 * Math.PI);
    const waist = ctx.number('waist', 84) / 100 / (2 * Math.PI);
    const denim = ctx.material('fabric', 'fabric', ctx.colour('fabric', '#1c2e4a'));
    denim.side = THREE.DoubleSide;
    const cloth = part(root, nodeName(ctx, 'fabric'), new THREE.Group(), 'fabric');
    const legs = part(cloth, nodeName(ctx, 'fit'), new THREE.Group(), 'fit');
    for (const x of [-thigh * 0.95, thigh * 0.95]) {
      const leg = lathe([[ankle, 0], [ankle * 1.02, inseam * 0.35], [(ankle + thigh) / 2, inseam * 0.6], [thigh, inseam]], denim, 20);
      leg.position.x = x;
      legs.add(leg);
    }
    const seat = lathe([[thigh * 1.9, 0], [hip * 1.02, rise * 0.5], [waist * 1.02, rise]], denim, 28);
    seat.position.y = inseam - 0.005;
    seat.scale.z = 0.72;
    part(cloth, nodeName(ctx, 'rise'), seat, 'rise');
    const band = mesh(new THREE.CylinderGeometry(waist * 1.04, waist * 1.04, 0.04, 28, 1, true), denim, 0, inseam + rise - 0.02, 0);
    band.scale.z = 0.72;
    part(cloth, 'part:waistband', band);

    const brass = ctx.plain('metal', '#b08d3c');
    const flyTop = inseam + rise - 0.045;
    const front = waist * 0.72 * 1.04 + 0.002;
    const fly = ctx.value('fly');
    if (fly) {
      const group = part(root, nodeName(ctx, 'fly'), new THREE.Group(), 'fly');
      if (fly === 'zip') {
        group.add(box(0.006, 0.15, 0.004, ctx.material('fly', 'metal', '#8c8c8c'), 0.012, flyTop - 0.09, front * 0.97));
      } else {
        for (let i = 0; i < 4; i++) {
          const button = mesh(new THREE.CylinderGeometry(0.007, 0.007, 0.004, 12), ctx.material('fly', 'metal', '#b08d3c'), 0.012, flyTop - 0.03 - i * 0.035, front * 0.96);
          button.rotation.x = Math.PI / 2;
          group.add(button);
        }
      }
    }
    part(root, 'part:top-button', mesh(new THREE.SphereGeometry(0.009, 10, 6), brass, 0, inseam + rise - 0.02, front + 0.002));

    const hem = ctx.value('hem');
    if (hem) {
      const group = part(root, nodeName(ctx, 'hem'), new THREE.Group(), 'hem');
      for (const x of [-thigh * 0.95, thigh * 0.95]) {
        const finish = hem === 'cuffed'
          ? mesh(new THREE.CylinderGeometry(ankle * 1.08, ankle * 1.08, 0.045, 20, 1, true), denim, x, 0.022, 0)
          : mesh(new THREE.TorusGeometry(ankle * 1.01, 0.0025, 4, 24), ctx.material('hem', 'fabric', '#d9a441'), x, 0.012, 0);
        if (hem !== 'cuffed') finish.rotation.x = Math.PI / 2;
        group.add(finish);
      }
    }

    const w = Math.round(ctx.number('waist', 0) / 2.54);
    const l = Math.round(ctx.number('inseam', 0) / 2.54);
    // The shopper's own patch text is drawn over the patch by artwork3d.js: the patch is then blank.
    const label = ctx.text('patch_text') ? '' : w && l ? `W${w} L${l}` : 'ATELIER';
    const patch = textPlate('patch', label, { w: 0.08, h: 0.05, colour: '#3b2414', background: '#a8794a' });
    onSeat(patch, -waist * 0.55, rise - 0.062, { inseam, rise, hip: hip * 1.02, waist: waist * 1.02 });
    root.add(patch);
  },
};

/**
 * Lays plate on the back of the seat (a cone from the hip, half way up, to the waist, squeezed to
 * 0.72 front to back) at x and at height t above the seat's bottom: tangent to it there (the seat
 * curves away from a tangent plane, so no part of the plate sinks in), 1.5 mm off, below the
 * waistband, its text upright and read from behind.
 */
function onSeat(plate, x, t, { inseam, rise, hip, waist }) {
  const slope = (waist - hip) / (rise / 2); // dr/dt
  const r = hip + (t - rise / 2) * slope;
  const z = -0.72 * Math.sqrt(Math.max(0, r * r - x * x));
  // The gradient of x²/r² + z²/(0.72 r)² with r = r(t): the outward normal.
  const n = new THREE.Vector3(x / (r * r), -slope / r, z / (0.5184 * r * r)).normalize();
  const up = new THREE.Vector3(0, 1, 0).addScaledVector(n, -n.y).normalize();
  const right = new THREE.Vector3().crossVectors(up, n);
  plate.quaternion.setFromRotationMatrix(new THREE.Matrix4().makeBasis(right, up, n));
  plate.position.set(x, inseam - 0.005 + t, z).addScaledVector(n, 0.0015);
}
