iperf3 -J: the client's report as one JSON document printed as cJSON prints it (tabs, "key":<tab>value, arrays inline); the scalar values depend on the machine and the clock, so sed keeps the structure (every key, in order, at its depth) and replaces the values; then the document's version and test parameters.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'iperf3 -s -1 > s1.log 2>&1 & sleep 0.5'
  $ ip netns exec a iperf3 -c 10.0.0.2 -t 1 -i 0 -J > out.json; echo $?
  0
  $ sed -E 's/:\t("[^"]*"|[-0-9.e+]+|true|false)(,?)$/:\tV\2/' out.json
  {
  	"start":	{
  		"connected":	[{
  				"socket":	V,
  				"local_host":	V,
  				"local_port":	V,
  				"remote_host":	V,
  				"remote_port":	V
  			}],
  		"version":	V,
  		"system_info":	V,
  		"timestamp":	{
  			"time":	V,
  			"timesecs":	V
  		},
  		"connecting_to":	{
  			"host":	V,
  			"port":	V
  		},
  		"cookie":	V,
  		"tcp_mss_default":	V,
  		"target_bitrate":	V,
  		"sock_bufsize":	V,
  		"sndbuf_actual":	V,
  		"rcvbuf_actual":	V,
  		"test_start":	{
  			"protocol":	V,
  			"num_streams":	V,
  			"blksize":	V,
  			"omit":	V,
  			"duration":	V,
  			"bytes":	V,
  			"blocks":	V,
  			"reverse":	V,
  			"tos":	V,
  			"target_bitrate":	V
  		}
  	},
  	"intervals":	[{
  			"streams":	[{
  					"socket":	V,
  					"start":	V,
  					"end":	V,
  					"seconds":	V,
  					"bytes":	V,
  					"bits_per_second":	V,
  					"retransmits":	V,
  					"snd_cwnd":	V,
  					"snd_wnd":	V,
  					"rtt":	V,
  					"rttvar":	V,
  					"pmtu":	V,
  					"omitted":	V,
  					"sender":	V
  				}],
  			"sum":	{
  				"start":	V,
  				"end":	V,
  				"seconds":	V,
  				"bytes":	V,
  				"bits_per_second":	V,
  				"retransmits":	V,
  				"omitted":	V,
  				"sender":	V
  			}
  		}],
  	"end":	{
  		"streams":	[{
  				"sender":	{
  					"socket":	V,
  					"start":	V,
  					"end":	V,
  					"seconds":	V,
  					"bytes":	V,
  					"bits_per_second":	V,
  					"retransmits":	V,
  					"max_snd_cwnd":	V,
  					"max_snd_wnd":	V,
  					"max_rtt":	V,
  					"min_rtt":	V,
  					"mean_rtt":	V,
  					"sender":	V
  				},
  				"receiver":	{
  					"socket":	V,
  					"start":	V,
  					"end":	V,
  					"seconds":	V,
  					"bytes":	V,
  					"bits_per_second":	V,
  					"sender":	V
  				}
  			}],
  		"sum_sent":	{
  			"start":	V,
  			"end":	V,
  			"seconds":	V,
  			"bytes":	V,
  			"bits_per_second":	V,
  			"retransmits":	V,
  			"sender":	V
  		},
  		"sum_received":	{
  			"start":	V,
  			"end":	V,
  			"seconds":	V,
  			"bytes":	V,
  			"bits_per_second":	V,
  			"sender":	V
  		},
  		"cpu_utilization_percent":	{
  			"host_total":	V,
  			"host_user":	V,
  			"host_system":	V,
  			"remote_total":	V,
  			"remote_user":	V,
  			"remote_system":	V
  		},
  		"sender_tcp_congestion":	V,
  		"receiver_tcp_congestion":	V
  	}
  }
  $ grep -E '"(version|protocol|num_streams|blksize|duration|reverse|remote_host|remote_port)"' out.json
  				"remote_host":	"10.0.0.2",
  				"remote_port":	5201
  		"version":	"iperf 3.12",
  			"protocol":	"TCP",
  			"num_streams":	1,
  			"blksize":	131072,
  			"duration":	1,
  			"reverse":	0,
