iperf3 -J on the server (TCP and UDP) and on a UDP client: each document as cJSON prints it; sed keeps the structure (every key, in order, at its depth; the UDP server's "start" has target_bitrate twice) and replaces the values; then the values that do not depend on the machine or the clock.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'iperf3 -s -1 -J -i 0 > s1.json 2>&1 & sleep 0.5'
  $ ip netns exec a iperf3 -c 10.0.0.2 -t 1 -i 0 > /dev/null; echo $?
  0
  $ sleep 0.5; sed -E 's/:\t("[^"]*"|[-0-9.e+]+|true|false)(,?)$/:\tV\2/' s1.json
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
  		"sock_bufsize":	V,
  		"sndbuf_actual":	V,
  		"rcvbuf_actual":	V,
  		"timestamp":	{
  			"time":	V,
  			"timesecs":	V
  		},
  		"accepted_connection":	{
  			"host":	V,
  			"port":	V
  		},
  		"cookie":	V,
  		"tcp_mss_default":	V,
  		"target_bitrate":	V,
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
  					"omitted":	V,
  					"sender":	V
  				}],
  			"sum":	{
  				"start":	V,
  				"end":	V,
  				"seconds":	V,
  				"bytes":	V,
  				"bits_per_second":	V,
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
  		"receiver_tcp_congestion":	V
  	}
  }
  $ grep -E '"(protocol|num_streams|blksize|duration|reverse|local_port|sender|version|host)"' s1.json
  				"local_port":	5201,
  		"version":	"iperf 3.12",
  			"host":	"10.0.0.1",
  			"protocol":	"TCP",
  			"num_streams":	1,
  			"blksize":	131072,
  			"duration":	1,
  			"reverse":	0,
  					"sender":	false
  				"sender":	false
  				"sender":	{
  					"sender":	false
  					"sender":	false
  			"sender":	false
  			"sender":	false
  $ ip netns exec b sh -c 'iperf3 -s -1 -J -i 0 > s2.json 2>&1 & sleep 0.5'
  $ ip netns exec a iperf3 -c 10.0.0.2 -u -t 1 -i 0 -J > c2.json; echo $?
  0
  $ sleep 0.5; sed -E 's/:\t("[^"]*"|[-0-9.e+]+|true|false)(,?)$/:\tV\2/' s2.json
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
  		"target_bitrate":	V,
  		"timestamp":	{
  			"time":	V,
  			"timesecs":	V
  		},
  		"accepted_connection":	{
  			"host":	V,
  			"port":	V
  		},
  		"cookie":	V,
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
  					"jitter_ms":	V,
  					"lost_packets":	V,
  					"packets":	V,
  					"lost_percent":	V,
  					"omitted":	V,
  					"sender":	V
  				}],
  			"sum":	{
  				"start":	V,
  				"end":	V,
  				"seconds":	V,
  				"bytes":	V,
  				"bits_per_second":	V,
  				"jitter_ms":	V,
  				"lost_packets":	V,
  				"packets":	V,
  				"lost_percent":	V,
  				"omitted":	V,
  				"sender":	V
  			}
  		}],
  	"end":	{
  		"streams":	[{
  				"udp":	{
  					"socket":	V,
  					"start":	V,
  					"end":	V,
  					"seconds":	V,
  					"bytes":	V,
  					"bits_per_second":	V,
  					"jitter_ms":	V,
  					"lost_packets":	V,
  					"packets":	V,
  					"lost_percent":	V,
  					"out_of_order":	V,
  					"sender":	V
  				}
  			}],
  		"sum":	{
  			"start":	V,
  			"end":	V,
  			"seconds":	V,
  			"bytes":	V,
  			"bits_per_second":	V,
  			"jitter_ms":	V,
  			"lost_packets":	V,
  			"packets":	V,
  			"lost_percent":	V,
  			"sender":	V
  		},
  		"sum_sent":	{
  			"start":	V,
  			"end":	V,
  			"seconds":	V,
  			"bytes":	V,
  			"bits_per_second":	V,
  			"jitter_ms":	V,
  			"lost_packets":	V,
  			"packets":	V,
  			"lost_percent":	V,
  			"sender":	V
  		},
  		"sum_received":	{
  			"start":	V,
  			"end":	V,
  			"seconds":	V,
  			"bytes":	V,
  			"bits_per_second":	V,
  			"jitter_ms":	V,
  			"lost_packets":	V,
  			"packets":	V,
  			"lost_percent":	V,
  			"sender":	V
  		},
  		"cpu_utilization_percent":	{
  			"host_total":	V,
  			"host_user":	V,
  			"host_system":	V,
  			"remote_total":	V,
  			"remote_user":	V,
  			"remote_system":	V
  		}
  	}
  }
  $ grep -E '"(protocol|num_streams|blksize|duration|sender|lost_packets|out_of_order|lost_percent)"' s2.json
  			"protocol":	"UDP",
  			"num_streams":	1,
  			"blksize":	1448,
  			"duration":	1,
  					"lost_packets":	0,
  					"lost_percent":	0,
  					"sender":	false
  				"lost_packets":	0,
  				"lost_percent":	0,
  				"sender":	false
  					"lost_packets":	0,
  					"lost_percent":	0,
  					"out_of_order":	0,
  					"sender":	false
  			"lost_packets":	0,
  			"lost_percent":	0,
  			"sender":	false
  			"lost_packets":	0,
  			"lost_percent":	0,
  			"sender":	true
  			"lost_packets":	0,
  			"lost_percent":	0,
  			"sender":	false
  $ sed -E 's/:\t("[^"]*"|[-0-9.e+]+|true|false)(,?)$/:\tV\2/' c2.json
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
  					"packets":	V,
  					"omitted":	V,
  					"sender":	V
  				}],
  			"sum":	{
  				"start":	V,
  				"end":	V,
  				"seconds":	V,
  				"bytes":	V,
  				"bits_per_second":	V,
  				"packets":	V,
  				"omitted":	V,
  				"sender":	V
  			}
  		}],
  	"end":	{
  		"streams":	[{
  				"udp":	{
  					"socket":	V,
  					"start":	V,
  					"end":	V,
  					"seconds":	V,
  					"bytes":	V,
  					"bits_per_second":	V,
  					"jitter_ms":	V,
  					"lost_packets":	V,
  					"packets":	V,
  					"lost_percent":	V,
  					"out_of_order":	V,
  					"sender":	V
  				}
  			}],
  		"sum":	{
  			"start":	V,
  			"end":	V,
  			"seconds":	V,
  			"bytes":	V,
  			"bits_per_second":	V,
  			"jitter_ms":	V,
  			"lost_packets":	V,
  			"packets":	V,
  			"lost_percent":	V,
  			"sender":	V
  		},
  		"sum_sent":	{
  			"start":	V,
  			"end":	V,
  			"seconds":	V,
  			"bytes":	V,
  			"bits_per_second":	V,
  			"jitter_ms":	V,
  			"lost_packets":	V,
  			"packets":	V,
  			"lost_percent":	V,
  			"sender":	V
  		},
  		"sum_received":	{
  			"start":	V,
  			"end":	V,
  			"seconds":	V,
  			"bytes":	V,
  			"bits_per_second":	V,
  			"jitter_ms":	V,
  			"lost_packets":	V,
  			"packets":	V,
  			"lost_percent":	V,
  			"sender":	V
  		},
  		"cpu_utilization_percent":	{
  			"host_total":	V,
  			"host_user":	V,
  			"host_system":	V,
  			"remote_total":	V,
  			"remote_user":	V,
  			"remote_system":	V
  		}
  	}
  }
  $ grep -E '"(protocol|num_streams|blksize|duration|sender|lost_packets|out_of_order|lost_percent)"' c2.json
  			"protocol":	"UDP",
  			"num_streams":	1,
  			"blksize":	1448,
  			"duration":	1,
  					"sender":	true
  				"sender":	true
  					"lost_packets":	0,
  					"lost_percent":	0,
  					"out_of_order":	0,
  					"sender":	true
  			"lost_packets":	0,
  			"lost_percent":	0,
  			"sender":	true
  			"lost_packets":	0,
  			"lost_percent":	0,
  			"sender":	true
  			"lost_packets":	0,
  			"lost_percent":	0,
  			"sender":	false
