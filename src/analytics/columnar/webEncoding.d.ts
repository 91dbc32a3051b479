// The WHATWG Encoding API, a global in every runtime the analytics run in (Node, VS Code's
// Electron, browsers). Declared here because the analytics compile without DOM or Node types.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: Uint8Array): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
