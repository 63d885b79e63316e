import { StreamableFile } from '@nestjs/common';

/** A generated file answered as a download (an attachment with its name, type and length). */
export function download(file: { fileName: string; contentType: string; content: Buffer }): StreamableFile {
  return new StreamableFile(file.content, {
    type: file.contentType,
    disposition: `attachment; filename="${file.fileName}"`,
    length: file.content.length,
  });
}
