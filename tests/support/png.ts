import { crc32, deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real RGBA PNG file, each pixel's colour given by `pixel`, for tests that need an image. */
export function encodePng(width: number, height: number, pixel: (x: number, y: number) => Rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    const start = y * (width * 4 + 1); // each row starts with filter type 0
    for (let x = 0; x < width; x++) rows.set(pixel(x, y), start + 1 + x * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A made-up clinic logo with a transparent background: a teal disc beside a dark bar. */
export function sampleLogoPng(width = 800, height = 400): Buffer {
  const radius = height * 0.4;
  return encodePng(width, height, (x, y) => {
    const inDisc = (x - height / 2) ** 2 + (y - height / 2) ** 2 <= radius ** 2;
    if (inDisc) return [18, 148, 144, 255];
    const inBar =
      x > height && x < width - height * 0.1 && Math.abs(y - height / 2) < height * 0.12;
    return inBar ? [37, 38, 43, 255] : [0, 0, 0, 0];
  });
}
