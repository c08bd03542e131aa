/** A small inline marker such as 未经核实 (unconfirmed). */
interface BadgeProps {
  tone: 'warn' | 'info';
  text: string;
}

export function Badge({ tone, text }: BadgeProps) {
  return <span class={`badge badge-${tone}`}>{text}</span>;
}
