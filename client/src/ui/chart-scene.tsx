import type { Scene } from '../api-types';

type Shape = Scene['shapes'][number];

/** `data-*` attributes and a tooltip, as the server's scene names them for this mark. */
function mark(shape: { data?: Record<string, string>; tip?: string }) {
  const data = Object.fromEntries(Object.entries(shape.data ?? {}).map(([key, value]) => [`data-${key}`, value]));
  return { data, tip: shape.tip ? <title>{shape.tip}</title> : null };
}

function ShapeElement({ shape: s }: { shape: Shape }) {
  switch (s.kind) {
    case 'rect': {
      const { data, tip } = mark(s);
      return (
        <rect x={s.x} y={s.y} width={s.w} height={s.h} fill={s.fill} stroke={s.stroke} {...data}>
          {tip}
        </rect>
      );
    }
    case 'line':
      return <line x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} stroke={s.stroke} stroke-width={s.width} />;
    case 'polyline': {
      const { data, tip } = mark(s);
      return (
        <polyline
          points={s.points.map(([x, y]) => `${x},${y}`).join(' ')}
          fill="none"
          stroke={s.stroke}
          stroke-width={s.width}
          stroke-dasharray={s.dash}
          {...data}
        >
          {tip}
        </polyline>
      );
    }
    case 'circle': {
      const { data, tip } = mark(s);
      return (
        <circle cx={s.x} cy={s.y} r={s.r} fill={s.fill} {...data}>
          {tip}
        </circle>
      );
    }
    case 'path': {
      const { data, tip } = mark(s);
      return (
        <path d={s.d} fill={s.fill} stroke={s.stroke} stroke-width={s.width} fill-rule="evenodd" {...data}>
          {tip}
        </path>
      );
    }
    case 'text':
      return (
        <text x={s.x} y={s.y} font-size={s.size} text-anchor={s.anchor} font-weight={s.bold ? 'bold' : undefined} fill={s.fill}>
          {s.text}
        </text>
      );
  }
}

/** A chart the server built once for the report, its PDF and this view; every text becomes a text node, never markup. */
export function SceneSvg({ scene, class: className }: { scene: Scene; class: string }) {
  return (
    <svg viewBox={`0 0 ${scene.width} ${scene.height}`} role="img" aria-label={scene.title} class={`summary-chart ${className}`}>
      <title>{scene.title}</title>
      <desc>{scene.description}</desc>
      {scene.shapes.map((shape, i) => (
        <ShapeElement key={i} shape={shape} />
      ))}
    </svg>
  );
}
