import { Typography } from 'antd';

/** The API's explanation sentences, one paragraph each; numbered reasons ("1. …") indented under their lead. */
export function Sentences({ lines }: { lines: string[] }) {
  return (
    <div>
      {lines.map((line, i) => (
        <Typography.Paragraph key={i} style={{ margin: '0 0 4px', paddingLeft: /^\d+\.\s/.test(line) ? 16 : 0 }}>
          {line}
        </Typography.Paragraph>
      ))}
    </div>
  );
}
