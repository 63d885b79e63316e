import { Card, Typography } from 'antd';

/** Replaced by the public pages' owner: the search box, the categories, SRDI specials and the pool's size. */
export function HomePage() {
  return (
    <Card>
      <Typography.Title>专精特新服务资源池</Typography.Title>
    </Card>
  );
}
