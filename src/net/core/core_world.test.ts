import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultKConfig, parseKConfig } from './core_world.js';

test('the reference kernel has no CONFIG_BRIDGE_VLAN_FILTERING', () => {
  assert.equal(defaultKConfig().BRIDGE_VLAN_FILTERING, false);
});

test('parseKConfig takes NAME=y|n with or without CONFIG_, and names what it refuses', () => {
  assert.deepEqual(parseKConfig('CONFIG_BRIDGE_VLAN_FILTERING=y'), { BRIDGE_VLAN_FILTERING: true });
  assert.deepEqual(parseKConfig('BRIDGE_VLAN_FILTERING=n'), { BRIDGE_VLAN_FILTERING: false });
  assert.match(String(parseKConfig('VLAN_8021Q=y')), /not a kernel option tuxnet builds \(BRIDGE_VLAN_FILTERING\)/);
  assert.match(String(parseKConfig('BRIDGE_VLAN_FILTERING=m')), /is not NAME=y or NAME=n/);
});
