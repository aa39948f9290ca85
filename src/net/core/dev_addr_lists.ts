/**
 * The secondary unicast address list of a device (dev->uc) and the receive
 * mode it implies: an upper device (a macvlan) that needs frames for its own
 * MAC adds it to its lower device's list. A device without a unicast filter
 * (no IFF_UNICAST_FLT, as veth) cannot filter on a list: it goes
 * promiscuous while the list is non-empty and it is up (dev->uc_promisc,
 * counted in promiscuity without the IFF_PROMISC a user sees).
 * tuxnet keeps the list's length only: devices receive every frame.
 * @linux net/core/dev_addr_lists.c dev_uc_add(), dev_uc_del(); net/core/dev.c __dev_set_rx_mode()
 */
import { IFF_UNICAST_FLT, IFF_UP, type NetDevice } from './netdevice.js';
import { devSetPromiscuityQuiet } from './dev.js';

/** __dev_set_rx_mode(): only a running device; uc_promisc follows the list. */
export function devSetRxMode(dev: NetDevice): void {
  if (!(dev.flags & IFF_UP)) return;
  if (dev.privFlags & IFF_UNICAST_FLT) return;
  if (dev.ucCount > 0 && !dev.ucPromisc) {
    devSetPromiscuityQuiet(dev, 1);
    dev.ucPromisc = true;
  } else if (dev.ucCount === 0 && dev.ucPromisc) {
    devSetPromiscuityQuiet(dev, -1);
    dev.ucPromisc = false;
  }
}

/** dev_uc_add(): one more address on the list, then the receive mode. */
export function devUcAdd(dev: NetDevice): void {
  dev.ucCount++;
  devSetRxMode(dev);
}

/** dev_uc_del() */
export function devUcDel(dev: NetDevice): void {
  if (dev.ucCount > 0) dev.ucCount--;
  devSetRxMode(dev);
}
