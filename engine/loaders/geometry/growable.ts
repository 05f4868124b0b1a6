// Append-only typed arrays for parsers that do not know their sizes up front.

export class GrowableFloat32 {
  private data = new Float32Array(1024);
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = v;
  }

  push3(a: number, b: number, c: number): void {
    this.push(a); this.push(b); this.push(c);
  }

  get(i: number): number {
    return this.data[i];
  }

  private grow(): void {
    const next = new Float32Array(this.data.length * 2);
    next.set(this.data);
    this.data = next;
  }

  /** A right-sized copy. */
  toArray(): Float32Array {
    return this.data.slice(0, this.length);
  }
}

export class GrowableUint32 {
  private data = new Uint32Array(1024);
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }

  get(i: number): number {
    return this.data[i];
  }

  toArray(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}
