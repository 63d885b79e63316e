import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { ACTION_DONE, orderKey, runOrderAction, type OrderAction } from './data';

/** The order's actions: success and refusals (in Chinese) as messages; the order and lists refreshed either way. */
export function useOrderActions(id: string) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: orderKey(id) });
    void queryClient.invalidateQueries({ queryKey: ['orders'] });
    void queryClient.invalidateQueries({ queryKey: ['order-messages', id] });
  };
  return useMutation({
    mutationFn: (a: OrderAction) => runOrderAction(id, a),
    onSuccess: (_, a) => {
      message.success(ACTION_DONE[a.action]);
      void queryClient.invalidateQueries({ queryKey: ['vouchers'] });
      refresh();
    },
    onError: (error) => {
      message.error(error.message);
      // A refusal often means the order moved on (another quote, another status): show where it is now.
      refresh();
    },
  });
}
