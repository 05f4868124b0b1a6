// Uniform structs as lists of vec4/mat4 members: offsets follow from the order alone, and WGSL and std140
// agree on them, so the TypeScript writer and both shader languages cannot drift (a unit test compares them).

export type UniformMemberType = 'vec4' | 'mat4';

export interface UniformMember {
  name: string;
  type: UniformMemberType;
  /** Array length; absent for a single value. */
  count?: number;
}

export interface UniformLayout {
  /** Struct name in WGSL and uniform block name in GLSL. */
  name: string;
  members: readonly UniformMember[];
  /** Offset of each member, in floats. */
  offsets: Readonly<Record<string, number>>;
  floats: number;
  bytes: number;
}

const FLOATS: Record<UniformMemberType, number> = { vec4: 4, mat4: 16 };

export function uniformLayout(name: string, members: readonly UniformMember[]): UniformLayout {
  const offsets: Record<string, number> = {};
  let floats = 0;
  for (const m of members) {
    offsets[m.name] = floats;
    floats += FLOATS[m.type] * (m.count ?? 1);
  }
  return { name, members, offsets, floats, bytes: floats * 4 };
}
