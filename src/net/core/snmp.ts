/**
 * The MIB counters of a namespace (struct netns_mib) and the text of
 * /proc/net/snmp and /proc/net/netstat, with the kernel's field lists and
 * order. Counters live in typed arrays indexed by the kernel's enums, so
 * the hot path does `net.mib.ip[IpStat.INPKTS]++` without allocating.
 *
 * ICMP: the per-type In/Out columns of the "Icmp:" line are read from the
 * IcmpMsg counters (icmpmsg[type] in, icmpmsg[0x100 | type] out), as
 * icmp_put() does; bump them with icmpmsgInStats()/icmpmsgOutStats()
 * (ICMPMSGIN_INC_STATS / ICMPMSGOUT_INC_STATS), not IcmpStat.IN*.
 * @linux include/uapi/linux/snmp.h, include/net/snmp.h, net/ipv4/proc.c
 */
import type { Net } from './net_namespace.js';
import { DevconfIdx } from '../ipv4/devconf.js';

/** include/uapi/linux/snmp.h IPSTATS_MIB_* (struct ipstats_mib) */
export const enum IpStat {
  NUM = 0, INPKTS = 1, INOCTETS = 2, INDELIVERS = 3, OUTFORWDATAGRAMS = 4, OUTPKTS = 5, OUTOCTETS = 6,
  INHDRERRORS = 7, INTOOBIGERRORS = 8, INNOROUTES = 9, INADDRERRORS = 10, INUNKNOWNPROTOS = 11,
  INTRUNCATEDPKTS = 12, INDISCARDS = 13, OUTDISCARDS = 14, OUTNOROUTES = 15, REASMTIMEOUT = 16,
  REASMREQDS = 17, REASMOKS = 18, REASMFAILS = 19, FRAGOKS = 20, FRAGFAILS = 21, FRAGCREATES = 22,
  INMCASTPKTS = 23, OUTMCASTPKTS = 24, INBCASTPKTS = 25, OUTBCASTPKTS = 26, INMCASTOCTETS = 27,
  OUTMCASTOCTETS = 28, INBCASTOCTETS = 29, OUTBCASTOCTETS = 30, CSUMERRORS = 31, NOECTPKTS = 32,
  ECT1PKTS = 33, ECT0PKTS = 34, CEPKTS = 35, REASM_OVERLAPS = 36,
  /** 6.3+: OutRequests (__ip_local_out) apart from OUTPKTS, now OutTransmits (ip_finish_output2). */
  OUTREQUESTS = 37, MAX = 38,
}

/** include/uapi/linux/snmp.h ICMP_MIB_* */
export const enum IcmpStat {
  NUM = 0, INMSGS = 1, INERRORS = 2, INDESTUNREACHS = 3, INTIMEEXCDS = 4, INPARMPROBS = 5, INSRCQUENCHS = 6,
  INREDIRECTS = 7, INECHOS = 8, INECHOREPS = 9, INTIMESTAMPS = 10, INTIMESTAMPREPS = 11, INADDRMASKS = 12,
  INADDRMASKREPS = 13, OUTMSGS = 14, OUTERRORS = 15, OUTDESTUNREACHS = 16, OUTTIMEEXCDS = 17,
  OUTPARMPROBS = 18, OUTSRCQUENCHS = 19, OUTREDIRECTS = 20, OUTECHOS = 21, OUTECHOREPS = 22,
  OUTTIMESTAMPS = 23, OUTTIMESTAMPREPS = 24, OUTADDRMASKS = 25, OUTADDRMASKREPS = 26, CSUMERRORS = 27,
  RATELIMITGLOBAL = 28, RATELIMITHOST = 29, MAX = 30,
}

/** include/uapi/linux/snmp.h ICMP6_MIB_* */
export const enum Icmp6Stat {
  NUM = 0, INMSGS = 1, INERRORS = 2, OUTMSGS = 3, OUTERRORS = 4, CSUMERRORS = 5, RATELIMITHOST = 6, MAX = 7,
}

/** include/uapi/linux/snmp.h TCP_MIB_* */
export const enum TcpStat {
  NUM = 0, RTOALGORITHM = 1, RTOMIN = 2, RTOMAX = 3, MAXCONN = 4, ACTIVEOPENS = 5, PASSIVEOPENS = 6,
  ATTEMPTFAILS = 7, ESTABRESETS = 8, CURRESTAB = 9, INSEGS = 10, OUTSEGS = 11, RETRANSSEGS = 12, INERRS = 13,
  OUTRSTS = 14, CSUMERRORS = 15, MAX = 16,
}

/** include/uapi/linux/snmp.h UDP_MIB_* */
export const enum UdpStat {
  NUM = 0, INDATAGRAMS = 1, NOPORTS = 2, INERRORS = 3, OUTDATAGRAMS = 4, RCVBUFERRORS = 5, SNDBUFERRORS = 6,
  CSUMERRORS = 7, IGNOREDMULTI = 8, MEMERRORS = 9, MAX = 10,
}

/** include/uapi/linux/snmp.h LINUX_MIB_* as of Linux 6.18 (net->mib.net_statistics, /proc/net/netstat TcpExt) */
export const enum LinuxMib {
  NUM = 0, SYNCOOKIESSENT = 1, SYNCOOKIESRECV = 2, SYNCOOKIESFAILED = 3, EMBRYONICRSTS = 4, PRUNECALLED = 5,
  RCVPRUNED = 6, OFOPRUNED = 7, OUTOFWINDOWICMPS = 8, LOCKDROPPEDICMPS = 9, ARPFILTER = 10, TIMEWAITED = 11,
  TIMEWAITRECYCLED = 12, TIMEWAITKILLED = 13, PAWSACTIVEREJECTED = 14, PAWSESTABREJECTED = 15,
  BEYOND_WINDOW = 16, TSECRREJECTED = 17, PAWS_OLD_ACK = 18, PAWS_TW_REJECTED = 19, DELAYEDACKS = 20,
  DELAYEDACKLOCKED = 21, DELAYEDACKLOST = 22, LISTENOVERFLOWS = 23, LISTENDROPS = 24, TCPHPHITS = 25,
  TCPPUREACKS = 26, TCPHPACKS = 27, TCPRENORECOVERY = 28, TCPSACKRECOVERY = 29, TCPSACKRENEGING = 30,
  TCPSACKREORDER = 31, TCPRENOREORDER = 32, TCPTSREORDER = 33, TCPFULLUNDO = 34, TCPPARTIALUNDO = 35,
  TCPDSACKUNDO = 36, TCPLOSSUNDO = 37, TCPLOSTRETRANSMIT = 38, TCPRENOFAILURES = 39, TCPSACKFAILURES = 40,
  TCPLOSSFAILURES = 41, TCPFASTRETRANS = 42, TCPSLOWSTARTRETRANS = 43, TCPTIMEOUTS = 44, TCPLOSSPROBES = 45,
  TCPLOSSPROBERECOVERY = 46, TCPRENORECOVERYFAIL = 47, TCPSACKRECOVERYFAIL = 48, TCPRCVCOLLAPSED = 49,
  TCPDSACKOLDSENT = 50, TCPDSACKOFOSENT = 51, TCPDSACKRECV = 52, TCPDSACKOFORECV = 53, TCPABORTONDATA = 54,
  TCPABORTONCLOSE = 55, TCPABORTONMEMORY = 56, TCPABORTONTIMEOUT = 57, TCPABORTONLINGER = 58,
  TCPABORTFAILED = 59, TCPMEMORYPRESSURES = 60, TCPMEMORYPRESSURESCHRONO = 61, TCPSACKDISCARD = 62,
  TCPDSACKIGNOREDOLD = 63, TCPDSACKIGNOREDNOUNDO = 64, TCPSPURIOUSRTOS = 65, TCPMD5NOTFOUND = 66,
  TCPMD5UNEXPECTED = 67, TCPMD5FAILURE = 68, SACKSHIFTED = 69, SACKMERGED = 70, SACKSHIFTFALLBACK = 71,
  TCPBACKLOGDROP = 72, PFMEMALLOCDROP = 73, TCPMINTTLDROP = 74, TCPDEFERACCEPTDROP = 75, IPRPFILTER = 76,
  TCPTIMEWAITOVERFLOW = 77, TCPREQQFULLDOCOOKIES = 78, TCPREQQFULLDROP = 79, TCPRETRANSFAIL = 80,
  TCPRCVCOALESCE = 81, TCPBACKLOGCOALESCE = 82, TCPOFOQUEUE = 83, TCPOFODROP = 84, TCPOFOMERGE = 85,
  TCPCHALLENGEACK = 86, TCPSYNCHALLENGE = 87, TCPFASTOPENACTIVE = 88, TCPFASTOPENACTIVEFAIL = 89,
  TCPFASTOPENPASSIVE = 90, TCPFASTOPENPASSIVEFAIL = 91, TCPFASTOPENLISTENOVERFLOW = 92,
  TCPFASTOPENCOOKIEREQD = 93, TCPFASTOPENBLACKHOLE = 94, TCPSPURIOUS_RTX_HOSTQUEUES = 95,
  BUSYPOLLRXPACKETS = 96, TCPAUTOCORKING = 97, TCPFROMZEROWINDOWADV = 98, TCPTOZEROWINDOWADV = 99,
  TCPWANTZEROWINDOWADV = 100, TCPSYNRETRANS = 101, TCPORIGDATASENT = 102, TCPHYSTARTTRAINDETECT = 103,
  TCPHYSTARTTRAINCWND = 104, TCPHYSTARTDELAYDETECT = 105, TCPHYSTARTDELAYCWND = 106,
  TCPACKSKIPPEDSYNRECV = 107, TCPACKSKIPPEDPAWS = 108, TCPACKSKIPPEDSEQ = 109, TCPACKSKIPPEDFINWAIT2 = 110,
  TCPACKSKIPPEDTIMEWAIT = 111, TCPACKSKIPPEDCHALLENGE = 112, TCPWINPROBE = 113, TCPKEEPALIVE = 114,
  TCPMTUPFAIL = 115, TCPMTUPSUCCESS = 116, TCPDELIVERED = 117, TCPDELIVEREDCE = 118, TCPACKCOMPRESSED = 119,
  TCPZEROWINDOWDROP = 120, TCPRCVQDROP = 121, TCPWQUEUETOOBIG = 122, TCPFASTOPENPASSIVEALTKEY = 123,
  TCPTIMEOUTREHASH = 124, TCPDUPLICATEDATAREHASH = 125, TCPDSACKRECVSEGS = 126, TCPDSACKIGNOREDDUBIOUS = 127,
  TCPMIGRATEREQSUCCESS = 128, TCPMIGRATEREQFAILURE = 129, TCPPLBREHASH = 130, TCPAOREQUIRED = 131,
  TCPAOBAD = 132, TCPAOKEYNOTFOUND = 133, TCPAOGOOD = 134, TCPAODROPPEDICMPS = 135, MAX = 136,
}

/** @linux net/ipv4/proc.c snmp4_ipstats_list: the file's names, in order, with their counter. */
const SNMP4_IPSTATS_LIST: ReadonlyArray<readonly [string, number]> = [
  ['InReceives', IpStat.INPKTS], ['InHdrErrors', IpStat.INHDRERRORS], ['InAddrErrors', IpStat.INADDRERRORS],
  ['ForwDatagrams', IpStat.OUTFORWDATAGRAMS], ['InUnknownProtos', IpStat.INUNKNOWNPROTOS],
  ['InDiscards', IpStat.INDISCARDS], ['InDelivers', IpStat.INDELIVERS], ['OutRequests', IpStat.OUTREQUESTS],
  ['OutDiscards', IpStat.OUTDISCARDS], ['OutNoRoutes', IpStat.OUTNOROUTES],
  ['ReasmTimeout', IpStat.REASMTIMEOUT], ['ReasmReqds', IpStat.REASMREQDS], ['ReasmOKs', IpStat.REASMOKS],
  ['ReasmFails', IpStat.REASMFAILS], ['FragOKs', IpStat.FRAGOKS], ['FragFails', IpStat.FRAGFAILS],
  ['FragCreates', IpStat.FRAGCREATES], ['OutTransmits', IpStat.OUTPKTS],
];

/** @linux net/ipv4/proc.c snmp4_ipextstats_list: the file's names, in order, with their counter. */
const SNMP4_IPEXTSTATS_LIST: ReadonlyArray<readonly [string, number]> = [
  ['InNoRoutes', IpStat.INNOROUTES], ['InTruncatedPkts', IpStat.INTRUNCATEDPKTS],
  ['InMcastPkts', IpStat.INMCASTPKTS], ['OutMcastPkts', IpStat.OUTMCASTPKTS],
  ['InBcastPkts', IpStat.INBCASTPKTS], ['OutBcastPkts', IpStat.OUTBCASTPKTS], ['InOctets', IpStat.INOCTETS],
  ['OutOctets', IpStat.OUTOCTETS], ['InMcastOctets', IpStat.INMCASTOCTETS],
  ['OutMcastOctets', IpStat.OUTMCASTOCTETS], ['InBcastOctets', IpStat.INBCASTOCTETS],
  ['OutBcastOctets', IpStat.OUTBCASTOCTETS], ['InCsumErrors', IpStat.CSUMERRORS],
  ['InNoECTPkts', IpStat.NOECTPKTS], ['InECT1Pkts', IpStat.ECT1PKTS], ['InECT0Pkts', IpStat.ECT0PKTS],
  ['InCEPkts', IpStat.CEPKTS], ['ReasmOverlaps', IpStat.REASM_OVERLAPS],
];

/** @linux net/ipv4/proc.c snmp4_tcp_list: the file's names, in order, with their counter. */
const SNMP4_TCP_LIST: ReadonlyArray<readonly [string, number]> = [
  ['RtoAlgorithm', TcpStat.RTOALGORITHM], ['RtoMin', TcpStat.RTOMIN], ['RtoMax', TcpStat.RTOMAX],
  ['MaxConn', TcpStat.MAXCONN], ['ActiveOpens', TcpStat.ACTIVEOPENS], ['PassiveOpens', TcpStat.PASSIVEOPENS],
  ['AttemptFails', TcpStat.ATTEMPTFAILS], ['EstabResets', TcpStat.ESTABRESETS],
  ['CurrEstab', TcpStat.CURRESTAB], ['InSegs', TcpStat.INSEGS], ['OutSegs', TcpStat.OUTSEGS],
  ['RetransSegs', TcpStat.RETRANSSEGS], ['InErrs', TcpStat.INERRS], ['OutRsts', TcpStat.OUTRSTS],
  ['InCsumErrors', TcpStat.CSUMERRORS],
];

/** @linux net/ipv4/proc.c snmp4_udp_list: the file's names, in order, with their counter. */
export const SNMP4_UDP_LIST: ReadonlyArray<readonly [string, number]> = [
  ['InDatagrams', UdpStat.INDATAGRAMS], ['NoPorts', UdpStat.NOPORTS], ['InErrors', UdpStat.INERRORS],
  ['OutDatagrams', UdpStat.OUTDATAGRAMS], ['RcvbufErrors', UdpStat.RCVBUFERRORS],
  ['SndbufErrors', UdpStat.SNDBUFERRORS], ['InCsumErrors', UdpStat.CSUMERRORS],
  ['IgnoredMulti', UdpStat.IGNOREDMULTI], ['MemErrors', UdpStat.MEMERRORS],
];

/** @linux net/ipv4/proc.c snmp4_net_list: the file's names, in order, with their counter. */
const SNMP4_NET_LIST: ReadonlyArray<readonly [string, number]> = [
  ['SyncookiesSent', LinuxMib.SYNCOOKIESSENT], ['SyncookiesRecv', LinuxMib.SYNCOOKIESRECV],
  ['SyncookiesFailed', LinuxMib.SYNCOOKIESFAILED], ['EmbryonicRsts', LinuxMib.EMBRYONICRSTS],
  ['PruneCalled', LinuxMib.PRUNECALLED], ['RcvPruned', LinuxMib.RCVPRUNED],
  ['OfoPruned', LinuxMib.OFOPRUNED], ['OutOfWindowIcmps', LinuxMib.OUTOFWINDOWICMPS],
  ['LockDroppedIcmps', LinuxMib.LOCKDROPPEDICMPS], ['ArpFilter', LinuxMib.ARPFILTER],
  ['TW', LinuxMib.TIMEWAITED], ['TWRecycled', LinuxMib.TIMEWAITRECYCLED],
  ['TWKilled', LinuxMib.TIMEWAITKILLED], ['PAWSActive', LinuxMib.PAWSACTIVEREJECTED],
  ['PAWSEstab', LinuxMib.PAWSESTABREJECTED], ['BeyondWindow', LinuxMib.BEYOND_WINDOW],
  ['TSEcrRejected', LinuxMib.TSECRREJECTED], ['PAWSOldAck', LinuxMib.PAWS_OLD_ACK],
  ['PAWSTimewait', LinuxMib.PAWS_TW_REJECTED], ['DelayedACKs', LinuxMib.DELAYEDACKS],
  ['DelayedACKLocked', LinuxMib.DELAYEDACKLOCKED], ['DelayedACKLost', LinuxMib.DELAYEDACKLOST],
  ['ListenOverflows', LinuxMib.LISTENOVERFLOWS], ['ListenDrops', LinuxMib.LISTENDROPS],
  ['TCPHPHits', LinuxMib.TCPHPHITS], ['TCPPureAcks', LinuxMib.TCPPUREACKS],
  ['TCPHPAcks', LinuxMib.TCPHPACKS], ['TCPRenoRecovery', LinuxMib.TCPRENORECOVERY],
  ['TCPSackRecovery', LinuxMib.TCPSACKRECOVERY], ['TCPSACKReneging', LinuxMib.TCPSACKRENEGING],
  ['TCPSACKReorder', LinuxMib.TCPSACKREORDER], ['TCPRenoReorder', LinuxMib.TCPRENOREORDER],
  ['TCPTSReorder', LinuxMib.TCPTSREORDER], ['TCPFullUndo', LinuxMib.TCPFULLUNDO],
  ['TCPPartialUndo', LinuxMib.TCPPARTIALUNDO], ['TCPDSACKUndo', LinuxMib.TCPDSACKUNDO],
  ['TCPLossUndo', LinuxMib.TCPLOSSUNDO], ['TCPLostRetransmit', LinuxMib.TCPLOSTRETRANSMIT],
  ['TCPRenoFailures', LinuxMib.TCPRENOFAILURES], ['TCPSackFailures', LinuxMib.TCPSACKFAILURES],
  ['TCPLossFailures', LinuxMib.TCPLOSSFAILURES], ['TCPFastRetrans', LinuxMib.TCPFASTRETRANS],
  ['TCPSlowStartRetrans', LinuxMib.TCPSLOWSTARTRETRANS], ['TCPTimeouts', LinuxMib.TCPTIMEOUTS],
  ['TCPLossProbes', LinuxMib.TCPLOSSPROBES], ['TCPLossProbeRecovery', LinuxMib.TCPLOSSPROBERECOVERY],
  ['TCPRenoRecoveryFail', LinuxMib.TCPRENORECOVERYFAIL],
  ['TCPSackRecoveryFail', LinuxMib.TCPSACKRECOVERYFAIL], ['TCPRcvCollapsed', LinuxMib.TCPRCVCOLLAPSED],
  ['TCPBacklogCoalesce', LinuxMib.TCPBACKLOGCOALESCE], ['TCPDSACKOldSent', LinuxMib.TCPDSACKOLDSENT],
  ['TCPDSACKOfoSent', LinuxMib.TCPDSACKOFOSENT], ['TCPDSACKRecv', LinuxMib.TCPDSACKRECV],
  ['TCPDSACKOfoRecv', LinuxMib.TCPDSACKOFORECV], ['TCPAbortOnData', LinuxMib.TCPABORTONDATA],
  ['TCPAbortOnClose', LinuxMib.TCPABORTONCLOSE], ['TCPAbortOnMemory', LinuxMib.TCPABORTONMEMORY],
  ['TCPAbortOnTimeout', LinuxMib.TCPABORTONTIMEOUT], ['TCPAbortOnLinger', LinuxMib.TCPABORTONLINGER],
  ['TCPAbortFailed', LinuxMib.TCPABORTFAILED], ['TCPMemoryPressures', LinuxMib.TCPMEMORYPRESSURES],
  ['TCPMemoryPressuresChrono', LinuxMib.TCPMEMORYPRESSURESCHRONO],
  ['TCPSACKDiscard', LinuxMib.TCPSACKDISCARD], ['TCPDSACKIgnoredOld', LinuxMib.TCPDSACKIGNOREDOLD],
  ['TCPDSACKIgnoredNoUndo', LinuxMib.TCPDSACKIGNOREDNOUNDO], ['TCPSpuriousRTOs', LinuxMib.TCPSPURIOUSRTOS],
  ['TCPMD5NotFound', LinuxMib.TCPMD5NOTFOUND], ['TCPMD5Unexpected', LinuxMib.TCPMD5UNEXPECTED],
  ['TCPMD5Failure', LinuxMib.TCPMD5FAILURE], ['TCPSackShifted', LinuxMib.SACKSHIFTED],
  ['TCPSackMerged', LinuxMib.SACKMERGED], ['TCPSackShiftFallback', LinuxMib.SACKSHIFTFALLBACK],
  ['TCPBacklogDrop', LinuxMib.TCPBACKLOGDROP], ['PFMemallocDrop', LinuxMib.PFMEMALLOCDROP],
  ['TCPMinTTLDrop', LinuxMib.TCPMINTTLDROP], ['TCPDeferAcceptDrop', LinuxMib.TCPDEFERACCEPTDROP],
  ['IPReversePathFilter', LinuxMib.IPRPFILTER], ['TCPTimeWaitOverflow', LinuxMib.TCPTIMEWAITOVERFLOW],
  ['TCPReqQFullDoCookies', LinuxMib.TCPREQQFULLDOCOOKIES], ['TCPReqQFullDrop', LinuxMib.TCPREQQFULLDROP],
  ['TCPRetransFail', LinuxMib.TCPRETRANSFAIL], ['TCPRcvCoalesce', LinuxMib.TCPRCVCOALESCE],
  ['TCPOFOQueue', LinuxMib.TCPOFOQUEUE], ['TCPOFODrop', LinuxMib.TCPOFODROP],
  ['TCPOFOMerge', LinuxMib.TCPOFOMERGE], ['TCPChallengeACK', LinuxMib.TCPCHALLENGEACK],
  ['TCPSYNChallenge', LinuxMib.TCPSYNCHALLENGE], ['TCPFastOpenActive', LinuxMib.TCPFASTOPENACTIVE],
  ['TCPFastOpenActiveFail', LinuxMib.TCPFASTOPENACTIVEFAIL],
  ['TCPFastOpenPassive', LinuxMib.TCPFASTOPENPASSIVE],
  ['TCPFastOpenPassiveFail', LinuxMib.TCPFASTOPENPASSIVEFAIL],
  ['TCPFastOpenListenOverflow', LinuxMib.TCPFASTOPENLISTENOVERFLOW],
  ['TCPFastOpenCookieReqd', LinuxMib.TCPFASTOPENCOOKIEREQD],
  ['TCPFastOpenBlackhole', LinuxMib.TCPFASTOPENBLACKHOLE],
  ['TCPSpuriousRtxHostQueues', LinuxMib.TCPSPURIOUS_RTX_HOSTQUEUES],
  ['BusyPollRxPackets', LinuxMib.BUSYPOLLRXPACKETS], ['TCPAutoCorking', LinuxMib.TCPAUTOCORKING],
  ['TCPFromZeroWindowAdv', LinuxMib.TCPFROMZEROWINDOWADV],
  ['TCPToZeroWindowAdv', LinuxMib.TCPTOZEROWINDOWADV],
  ['TCPWantZeroWindowAdv', LinuxMib.TCPWANTZEROWINDOWADV], ['TCPSynRetrans', LinuxMib.TCPSYNRETRANS],
  ['TCPOrigDataSent', LinuxMib.TCPORIGDATASENT], ['TCPHystartTrainDetect', LinuxMib.TCPHYSTARTTRAINDETECT],
  ['TCPHystartTrainCwnd', LinuxMib.TCPHYSTARTTRAINCWND],
  ['TCPHystartDelayDetect', LinuxMib.TCPHYSTARTDELAYDETECT],
  ['TCPHystartDelayCwnd', LinuxMib.TCPHYSTARTDELAYCWND],
  ['TCPACKSkippedSynRecv', LinuxMib.TCPACKSKIPPEDSYNRECV], ['TCPACKSkippedPAWS', LinuxMib.TCPACKSKIPPEDPAWS],
  ['TCPACKSkippedSeq', LinuxMib.TCPACKSKIPPEDSEQ], ['TCPACKSkippedFinWait2', LinuxMib.TCPACKSKIPPEDFINWAIT2],
  ['TCPACKSkippedTimeWait', LinuxMib.TCPACKSKIPPEDTIMEWAIT],
  ['TCPACKSkippedChallenge', LinuxMib.TCPACKSKIPPEDCHALLENGE], ['TCPWinProbe', LinuxMib.TCPWINPROBE],
  ['TCPKeepAlive', LinuxMib.TCPKEEPALIVE], ['TCPMTUPFail', LinuxMib.TCPMTUPFAIL],
  ['TCPMTUPSuccess', LinuxMib.TCPMTUPSUCCESS], ['TCPDelivered', LinuxMib.TCPDELIVERED],
  ['TCPDeliveredCE', LinuxMib.TCPDELIVEREDCE], ['TCPAckCompressed', LinuxMib.TCPACKCOMPRESSED],
  ['TCPZeroWindowDrop', LinuxMib.TCPZEROWINDOWDROP], ['TCPRcvQDrop', LinuxMib.TCPRCVQDROP],
  ['TCPWqueueTooBig', LinuxMib.TCPWQUEUETOOBIG],
  ['TCPFastOpenPassiveAltKey', LinuxMib.TCPFASTOPENPASSIVEALTKEY],
  ['TcpTimeoutRehash', LinuxMib.TCPTIMEOUTREHASH],
  ['TcpDuplicateDataRehash', LinuxMib.TCPDUPLICATEDATAREHASH],
  ['TCPDSACKRecvSegs', LinuxMib.TCPDSACKRECVSEGS],
  ['TCPDSACKIgnoredDubious', LinuxMib.TCPDSACKIGNOREDDUBIOUS],
  ['TCPMigrateReqSuccess', LinuxMib.TCPMIGRATEREQSUCCESS],
  ['TCPMigrateReqFailure', LinuxMib.TCPMIGRATEREQFAILURE], ['TCPPLBRehash', LinuxMib.TCPPLBREHASH],
  ['TCPAORequired', LinuxMib.TCPAOREQUIRED], ['TCPAOBad', LinuxMib.TCPAOBAD],
  ['TCPAOKeyNotFound', LinuxMib.TCPAOKEYNOTFOUND], ['TCPAOGood', LinuxMib.TCPAOGOOD],
  ['TCPAODroppedIcmps', LinuxMib.TCPAODROPPEDICMPS],
];

/** @linux net/mptcp/mib.c mptcp_snmp_list (Linux 6.18): shown as zeros (no MPTCP here). */
const MPTCP_SNMP_NAMES: readonly string[] = [
  'MPCapableSYNRX', 'MPCapableSYNTX', 'MPCapableSYNACKRX', 'MPCapableACKRX', 'MPCapableFallbackACK',
  'MPCapableFallbackSYNACK', 'MPCapableSYNTXDrop', 'MPCapableSYNTXDisabled', 'MPCapableEndpAttempt',
  'MPFallbackTokenInit', 'MPTCPRetrans', 'MPJoinNoTokenFound', 'MPJoinSynRx', 'MPJoinSynBackupRx',
  'MPJoinSynAckRx', 'MPJoinSynAckBackupRx', 'MPJoinSynAckHMacFailure', 'MPJoinAckRx', 'MPJoinAckHMacFailure',
  'MPJoinRejected', 'MPJoinSynTx', 'MPJoinSynTxCreatSkErr', 'MPJoinSynTxBindErr', 'MPJoinSynTxConnectErr',
  'DSSNotMatching', 'DSSCorruptionFallback', 'DSSCorruptionReset', 'InfiniteMapTx', 'InfiniteMapRx',
  'DSSNoMatchTCP', 'DataCsumErr', 'OFOQueueTail', 'OFOQueue', 'OFOMerge', 'NoDSSInWindow', 'DuplicateData',
  'AddAddr', 'AddAddrTx', 'AddAddrTxDrop', 'EchoAdd', 'EchoAddTx', 'EchoAddTxDrop', 'PortAdd', 'AddAddrDrop',
  'MPJoinPortSynRx', 'MPJoinPortSynAckRx', 'MPJoinPortAckRx', 'MismatchPortSynRx', 'MismatchPortAckRx',
  'RmAddr', 'RmAddrDrop', 'RmAddrTx', 'RmAddrTxDrop', 'RmSubflow', 'MPPrioTx', 'MPPrioRx', 'MPFailTx',
  'MPFailRx', 'MPFastcloseTx', 'MPFastcloseRx', 'MPRstTx', 'MPRstRx', 'SubflowStale', 'SubflowRecover',
  'SndWndShared', 'RcvWndShared', 'RcvWndConflictUpdate', 'RcvWndConflict', 'MPCurrEstab', 'Blackhole',
  'MPCapableDataFallback', 'MD5SigFallback', 'DssFallback', 'SimultConnectFallback', 'FallbackFailed',
  'WinProbe',
];

/** ICMPMSG_MIB_MAX: 256 In + 256 Out types. */
export const ICMPMSG_MIB_MAX = 512;

/** Counter arrays of the given sizes, views on one zeroed buffer (one allocation, not one per MIB). */
function counters(sizes: readonly number[]): Float64Array[] {
  const buf = new ArrayBuffer(sizes.reduce((a, b) => a + b, 0) * 8);
  let at = 0;
  return sizes.map((n) => {
    const a = new Float64Array(buf, at * 8, n);
    at += n;
    return a;
  });
}

const MIB_SIZES = [IpStat.MAX, IcmpStat.MAX, ICMPMSG_MIB_MAX, TcpStat.MAX, UdpStat.MAX, UdpStat.MAX, LinuxMib.MAX] as const;
const MIB6_SIZES = [IpStat.MAX, Icmp6Stat.MAX, UdpStat.MAX, UdpStat.MAX] as const;

type F64 = Float64Array;

/** struct netns_mib, its IPv4 and core part: one counter array per MIB. */
export class Mib {
  /** ip_statistics (u64) */
  readonly ip: Float64Array;
  /** icmp_statistics */
  readonly icmp: Float64Array;
  /** icmpmsg_statistics: [type] in, [0x100 | type] out. */
  readonly icmpmsg: Float64Array;
  /** tcp_statistics: RtoAlgorithm, RtoMin, RtoMax and MaxConn as tcp_mib_init() sets them. */
  readonly tcp: Float64Array;
  readonly udp: Float64Array;
  readonly udplite: Float64Array;
  /** net_statistics (LINUX_MIB_*: TcpExt) */
  readonly net: Float64Array;

  constructor() {
    [this.ip, this.icmp, this.icmpmsg, this.tcp, this.udp, this.udplite, this.net] = counters(MIB_SIZES) as [F64, F64, F64, F64, F64, F64, F64];
    this.tcp[TcpStat.RTOALGORITHM] = 1;
    this.tcp[TcpStat.RTOMIN] = 200;
    this.tcp[TcpStat.RTOMAX] = 120000;
    this.tcp[TcpStat.MAXCONN] = -1;
  }
}

/**
 * struct netns_mib, its IPv6 part (ipv6_statistics, icmpv6_statistics,
 * icmpv6msg_statistics, udp_stats_in6, udplite_stats_in6): apart from the
 * IPv4 one, so that a namespace that only sends MLD reports and neighbour
 * discovery makes no IPv4 counters, and one that only speaks IPv4 no IPv6 ones.
 */
export class Mib6 {
  /** ipv6_statistics (IPSTATS_MIB_*: /proc/net/snmp6 Ip6) */
  readonly ip6: Float64Array;
  /** icmpv6_statistics (ICMP6_MIB_*) */
  readonly icmp6: Float64Array;
  /** icmpv6msg_statistics: [type] in, [0x100 | type] out. */
  readonly icmp6msg = new IcmpMsgCounts();
  readonly udp6: Float64Array;
  readonly udplite6: Float64Array;

  constructor() {
    [this.ip6, this.icmp6, this.udp6, this.udplite6] = counters(MIB6_SIZES) as [F64, F64, F64, F64];
  }
}

/**
 * icmpv6msg_statistics as the counters of the types seen: the IPv6 side
 * meets a few (MLD reports, neighbour discovery), and 512 counters in a
 * buffer of their own were 4 KB in every namespace that sent one report.
 * Reads as the array did: 0 for a type never counted.
 */
export class IcmpMsgCounts {
  private readonly byIndex = new Map<number, number>();

  /** The counter of [type] (in) or [0x100 | type] (out). */
  get(i: number): number {
    return this.byIndex.get(i) ?? 0;
  }

  inc(i: number): void {
    this.byIndex.set(i, this.get(i) + 1);
  }

  set(i: number, v: number): void {
    this.byIndex.set(i, v);
  }
}

/*
 * The kernel's counting macros (include/net/ip.h, include/net/icmp.h,
 * include/net/udp.h, include/net/snmp.h). Linux has a per-cpu and a
 * BH-safe form of each (IP_INC_STATS / __IP_INC_STATS); one form serves
 * here. They compile to one typed-array increment: no allocation.
 */

/** IP_INC_STATS() / __IP_INC_STATS(): one more IPSTATS_MIB_`field`. */
export function ipIncStats(net: Net, field: IpStat): void {
  net.mib.ip[field]!++;
}

/** IP_ADD_STATS() / __IP_ADD_STATS(): `n` more (octet counters). */
export function ipAddStats(net: Net, field: IpStat, n: number): void {
  net.mib.ip[field]! += n;
}

/** ICMP_INC_STATS() / __ICMP_INC_STATS(): one more ICMP_MIB_`field`. */
export function icmpIncStats(net: Net, field: IcmpStat): void {
  net.mib.icmp[field]!++;
}

/** __UDP_INC_STATS(net, field, is_udplite): one more UDP_MIB_`field`, in the Udp or the UdpLite MIB. */
export function udpIncStats(net: Net, field: UdpStat, isUdplite = false): void {
  (isUdplite ? net.mib.udplite : net.mib.udp)[field]!++;
}

/** NET_INC_STATS() / __NET_INC_STATS(): one more LINUX_MIB_`field` (TcpExt). */
export function netIncStats(net: Net, field: LinuxMib): void {
  net.mib.net[field]!++;
}

/** NET_ADD_STATS(): `n` more LINUX_MIB_`field` (TcpExt). */
export function netAddStats(net: Net, field: LinuxMib, n: number): void {
  net.mib.net[field]! += n;
}

/** ICMPMSGIN_INC_STATS(): one received ICMP message of `type`. */
export function icmpmsgInStats(mib: Mib, type: number): void {
  mib.icmpmsg[type & 0xff]!++;
}

/** ICMPMSGOUT_INC_STATS(): one sent ICMP message of `type`. */
export function icmpmsgOutStats(mib: Mib, type: number): void {
  mib.icmpmsg[0x100 | (type & 0xff)]!++;
}

/** icmpmibmap: the per-type columns of the Icmp: line. */
const ICMPMIBMAP: ReadonlyArray<readonly [string, number]> = [
  ['DestUnreachs', 3], ['TimeExcds', 11], ['ParmProbs', 12], ['SrcQuenchs', 4], ['Redirects', 5], ['Echos', 8],
  ['EchoReps', 0], ['Timestamps', 13], ['TimestampReps', 14], ['AddrMasks', 17], ['AddrMaskReps', 18],
];

/** Counters print as unsigned 64-bit ("%lu"), except TCP MaxConn ("%ld"). */
export function u64(v: number): string {
  return v < 0 ? BigInt.asUintN(64, BigInt(v)).toString() : String(v);
}

function listLines(prefix: string, list: ReadonlyArray<readonly [string, number]>, arr: Float64Array): string {
  const names = list.map(([n]) => ` ${n}`).join('');
  const vals = list.map(([, i]) => ` ${u64(arr[i]!)}`).join('');
  return `${prefix}:${names}\n${prefix}:${vals}`;
}

/** icmp_put(): RFC 2011 Icmp line; per-type columns come from icmpmsg. */
function icmpPut(mib: Mib): string {
  const m = mib.icmpmsg;
  const ic = mib.icmp;
  let names = 'Icmp: InMsgs InErrors InCsumErrors';
  for (const [n] of ICMPMIBMAP) names += ` In${n}`;
  names += ' OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost';
  for (const [n] of ICMPMIBMAP) names += ` Out${n}`;
  let vals = `Icmp: ${u64(ic[IcmpStat.INMSGS]!)} ${u64(ic[IcmpStat.INERRORS]!)} ${u64(ic[IcmpStat.CSUMERRORS]!)}`;
  for (const [, t] of ICMPMIBMAP) vals += ` ${u64(m[t]!)}`;
  vals += ` ${u64(ic[IcmpStat.OUTMSGS]!)} ${u64(ic[IcmpStat.OUTERRORS]!)}`;
  vals += ` ${u64(ic[IcmpStat.RATELIMITGLOBAL]!)} ${u64(ic[IcmpStat.RATELIMITHOST]!)}`;
  for (const [, t] of ICMPMIBMAP) vals += ` ${u64(m[0x100 | t]!)}`;
  return `\n${names}\n${vals}`;
}

/** icmpmsg_put(): the non-zero IcmpMsg counters, 16 per pair of lines. */
function icmpmsgPut(mib: Mib): string {
  let out = '';
  let types: number[] = [];
  const flush = () => {
    if (types.length === 0) return;
    out += '\nIcmpMsg:' + types.map((t) => ` ${t & 0x100 ? 'Out' : 'In'}Type${t & 0xff}`).join('');
    out += '\nIcmpMsg:' + types.map((t) => ` ${u64(mib.icmpmsg[t]!)}`).join('');
    types = [];
  };
  for (let i = 0; i < ICMPMSG_MIB_MAX; i++) {
    if (mib.icmpmsg[i]) types.push(i);
    if (types.length === 16) flush();
  }
  flush();
  return out;
}

function tcpLines(mib: Mib): string {
  const names = SNMP4_TCP_LIST.map(([n]) => ` ${n}`).join('');
  const vals = SNMP4_TCP_LIST.map(([, i]) => ` ${i === TcpStat.MAXCONN ? String(mib.tcp[i]) : u64(mib.tcp[i]!)}`).join('');
  return `\nTcp:${names}\nTcp:${vals}`;
}

/**
 * snmp_seq_show(): /proc/net/snmp. Ip: Forwarding is 1 when
 * conf/all/forwarding is on, else 2; DefaultTTL is ip_default_ttl.
 */
export function procNetSnmpText(mib: Mib, forwarding: boolean, defaultTtl: number): string {
  const ipNames = 'Ip: Forwarding DefaultTTL' + SNMP4_IPSTATS_LIST.map(([n]) => ` ${n}`).join('');
  const ipVals = `Ip: ${forwarding ? 1 : 2} ${defaultTtl}` + SNMP4_IPSTATS_LIST.map(([, i]) => ` ${u64(mib.ip[i]!)}`).join('');
  return `${ipNames}\n${ipVals}` + icmpPut(mib) + icmpmsgPut(mib) + tcpLines(mib) +
    '\n' + listLines('Udp', SNMP4_UDP_LIST, mib.udp) + '\n' + listLines('UdpLite', SNMP4_UDP_LIST, mib.udplite) + '\n';
}

/** netstat_seq_show(): /proc/net/netstat (TcpExt, IpExt, then mptcp_seq_show()'s MPTcpExt). */
export function procNetNetstatText(mib: Mib): string {
  const mptcp = `MPTcpExt:${MPTCP_SNMP_NAMES.map((n) => ` ${n}`).join('')}\nMPTcpExt:${MPTCP_SNMP_NAMES.map(() => ' 0').join('')}\n`;
  return listLines('TcpExt', SNMP4_NET_LIST, mib.net) + '\n' + listLines('IpExt', SNMP4_IPEXTSTATS_LIST, mib.ip) + '\n' + mptcp;
}

/** /proc/net/snmp of a namespace. */
export function procNetSnmp(net: Net): string {
  // IPV4_DEVCONF_ALL(net, FORWARDING)
  return procNetSnmpText(net.mib, net.ipv4.devconfAll.get(DevconfIdx.FORWARDING) !== 0, net.ipv4.sysctl.ipDefaultTtl);
}

/** /proc/net/netstat of a namespace. */
export function procNetNetstat(net: Net): string {
  return procNetNetstatText(net.mib);
}
