//! DNS messages (RFC 1035) as the resolver needs them: an A query for one
//! name, and what a reply says about that name (its address after any
//! CNAMEs, or why there is none). Written here because smoltcp's DNS
//! parser is private to its DNS socket, and that socket only talks to
//! port 53 with a fixed 10 s timeout (a NAMESERVER with a port, and a
//! quicker "server not answering", need our own exchange).

use alloc::string::String;
use alloc::vec::Vec;
use core::net::Ipv4Addr;

/// Largest reply over UDP without EDNS (RFC 1035 4.2.1).
pub(crate) const MAX_MESSAGE: usize = 512;
/// CNAMEs followed before a chain counts as broken (glibc allows 16).
const MAX_CHAIN: usize = 16;
/// Compression pointers followed in one name (a loop guard).
const MAX_POINTERS: usize = 32;
const TYPE_A: u16 = 1;
const TYPE_CNAME: u16 = 5;
const CLASS_IN: u16 = 1;
const FLAG_RESPONSE: u16 = 0x8000;
const FLAG_TRUNCATED: u16 = 0x0200;
const FLAG_RECURSION_DESIRED: u16 = 0x0100;

/// What a reply to our query says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Reply {
    /// The name's address, and how long it may be cached (seconds, the
    /// smallest TTL along the CNAME chain).
    Address(Ipv4Addr, u32),
    /// NXDOMAIN: the name does not exist.
    NoSuchName,
    /// The name exists but has no A record (only other types).
    NoAddress,
    /// SERVFAIL, or a truncated reply without the address: try later.
    TryAgain,
    /// Refused, not implemented, or a format error: asking again won't help.
    Failed,
}

/// The query for `name`'s A record with id `id`; None when the name cannot
/// be a DNS name (an empty label, or one longer than 63 bytes).
pub(crate) fn build_query(id: u16, name: &str) -> Option<Vec<u8>> {
    let name = name.strip_suffix('.').unwrap_or(name);
    let mut message = Vec::with_capacity(18 + name.len());
    for word in [id, FLAG_RECURSION_DESIRED, 1, 0, 0, 0] {
        message.extend_from_slice(&word.to_be_bytes());
    }
    for label in name.split('.') {
        if label.is_empty() || label.len() > 63 {
            return None;
        }
        message.push(label.len() as u8);
        message.extend_from_slice(label.as_bytes());
    }
    message.push(0);
    message.extend_from_slice(&TYPE_A.to_be_bytes());
    message.extend_from_slice(&CLASS_IN.to_be_bytes());
    Some(message)
}

/// What `message` answers about `name`, if it is the reply to query `id`
/// for it; None for anything else (another id, a query, a mangled header
/// or question), which the resolver ignores.
pub(crate) fn parse_reply(message: &[u8], id: u16, name: &str) -> Option<Reply> {
    let mut reader = Reader { message, at: 0 };
    let (got_id, flags) = (reader.u16()?, reader.u16()?);
    let (questions, answers) = (reader.u16()?, reader.u16()?);
    reader.skip(4)?; // authority and additional counts
    if got_id != id || flags & FLAG_RESPONSE == 0 || questions != 1 {
        return None;
    }
    let wanted = normalized(name);
    if reader.name()? != wanted {
        return None;
    }
    reader.skip(4)?; // the question's type and class
    match flags & 0x000f {
        0 => {}
        2 => return Some(Reply::TryAgain),
        3 => return Some(Reply::NoSuchName),
        _ => return Some(Reply::Failed),
    }
    // A truncated reply may end in the middle of a record: use what is whole.
    let records: Vec<Record> = (0..answers).map_while(|_| reader.record()).collect();
    let complete = records.len() == usize::from(answers);
    match follow_chain(&records, wanted) {
        Some((ip, ttl)) => Some(Reply::Address(ip, ttl)),
        None if flags & FLAG_TRUNCATED != 0 => Some(Reply::TryAgain),
        None if complete => Some(Reply::NoAddress),
        None => None,
    }
}

/// One answer record the resolver cares about.
enum Record {
    Address {
        owner: String,
        ip: Ipv4Addr,
        ttl: u32,
    },
    Alias {
        owner: String,
        target: String,
        ttl: u32,
    },
    Other,
}

/// From `name` through CNAMEs to an A record.
fn follow_chain(records: &[Record], name: String) -> Option<(Ipv4Addr, u32)> {
    let mut current = name;
    let mut ttl = u32::MAX;
    for _ in 0..MAX_CHAIN {
        let address = records.iter().find_map(|r| match r {
            Record::Address { owner, ip, ttl } if *owner == current => Some((*ip, *ttl)),
            _ => None,
        });
        if let Some((ip, last)) = address {
            return Some((ip, ttl.min(last)));
        }
        let (target, hop) = records.iter().find_map(|r| match r {
            Record::Alias { owner, target, ttl } if *owner == current => Some((target, *ttl)),
            _ => None,
        })?;
        current = target.clone();
        ttl = ttl.min(hop);
    }
    None
}

/// A name for comparing: lower case, no trailing dot.
fn normalized(name: &str) -> String {
    name.strip_suffix('.').unwrap_or(name).to_ascii_lowercase()
}

/// Reads a message front to back; every read is bounds-checked (None past
/// the end).
struct Reader<'a> {
    message: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn bytes(&mut self, len: usize) -> Option<&[u8]> {
        let bytes = self.message.get(self.at..self.at.checked_add(len)?)?;
        self.at += len;
        Some(bytes)
    }

    fn skip(&mut self, len: usize) -> Option<()> {
        self.bytes(len).map(|_| ())
    }

    fn u16(&mut self) -> Option<u16> {
        let b = self.bytes(2)?;
        Some(u16::from_be_bytes([b[0], b[1]]))
    }

    fn u32(&mut self) -> Option<u32> {
        let b = self.bytes(4)?;
        Some(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// A possibly compressed name, normalized; the reader moves past it.
    fn name(&mut self) -> Option<String> {
        let mut name = String::new();
        let mut at = self.at;
        let mut resume = None;
        for _ in 0..MAX_POINTERS {
            loop {
                let len = usize::from(*self.message.get(at)?);
                match len {
                    0 => {
                        self.at = resume.unwrap_or(at + 1);
                        return Some(name);
                    }
                    1..=63 => {
                        let label = self.message.get(at + 1..at + 1 + len)?;
                        if !name.is_empty() {
                            name.push('.');
                        }
                        name.extend(label.iter().map(|&b| char::from(b.to_ascii_lowercase())));
                        if name.len() > 255 {
                            return None;
                        }
                        at += 1 + len;
                    }
                    0xc0..=0xff => {
                        let low = usize::from(*self.message.get(at + 1)?);
                        resume.get_or_insert(at + 2);
                        at = ((len & 0x3f) << 8) | low;
                        break;
                    }
                    _ => return None,
                }
            }
        }
        None
    }

    fn record(&mut self) -> Option<Record> {
        let owner = self.name()?;
        let (kind, class) = (self.u16()?, self.u16()?);
        let ttl = self.u32()?;
        let len = usize::from(self.u16()?);
        let data_start = self.at;
        let data = self.bytes(len)?;
        if class != CLASS_IN {
            return Some(Record::Other);
        }
        Some(match (kind, data) {
            (TYPE_A, &[a, b, c, d]) => Record::Address {
                owner,
                ip: Ipv4Addr::new(a, b, c, d),
                ttl,
            },
            (TYPE_CNAME, _) => {
                let mut target = Reader {
                    message: self.message,
                    at: data_start,
                };
                Record::Alias {
                    owner,
                    target: target.name()?,
                    ttl,
                }
            }
            _ => Record::Other,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    /// A reply to `build_query(7, name)` with `rcode`, `flags` and records
    /// appended as given (raw bytes; 0xc0 0x0c points at the question name).
    fn reply(name: &str, extra_flags: u16, answers: u16, records: &[u8]) -> Vec<u8> {
        let mut m = build_query(7, name).unwrap();
        let flags = FLAG_RESPONSE | FLAG_RECURSION_DESIRED | extra_flags;
        m[2..4].copy_from_slice(&flags.to_be_bytes());
        m[6..8].copy_from_slice(&answers.to_be_bytes());
        m.extend_from_slice(records);
        m
    }

    const A_AT_QUESTION: [u8; 16] = [0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 10, 0, 2, 2];

    #[test]
    fn query_layout() {
        let q = build_query(0x1234, "ab.c.").unwrap();
        assert_eq!(
            q,
            [0x12, 0x34, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 2, b'a', b'b', 1, b'c', 0, 0, 1, 0, 1]
        );
        assert_eq!(build_query(1, "a..b"), None);
        assert_eq!(build_query(1, &"x".repeat(64)), None);
    }

    #[test]
    fn address_with_compressed_owner() {
        let m = reply("Qotd.Test", 0, 1, &A_AT_QUESTION);
        assert_eq!(
            parse_reply(&m, 7, "qotd.test"),
            Some(Reply::Address(Ipv4Addr::new(10, 0, 2, 2), 60))
        );
        assert_eq!(parse_reply(&m, 8, "qotd.test"), None, "another id");
        assert_eq!(parse_reply(&m, 7, "other.test"), None, "another name");
    }

    #[test]
    fn cname_chain_takes_the_smallest_ttl() {
        // qotd.test CNAME b.test (TTL 30); b.test A 10.0.0.9 (TTL 60)
        let mut records = vec![0xc0, 12, 0, 5, 0, 1, 0, 0, 0, 30, 0, 8];
        records.extend_from_slice(&[1, b'b', 4, b't', b'e', b's', b't', 0]);
        let b_at = (build_query(7, "qotd.test").unwrap().len() + 12) as u8;
        records.extend_from_slice(&[0xc0, b_at, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 10, 0, 0, 9]);
        let m = reply("qotd.test", 0, 2, &records);
        assert_eq!(
            parse_reply(&m, 7, "qotd.test"),
            Some(Reply::Address(Ipv4Addr::new(10, 0, 0, 9), 30))
        );
    }

    #[test]
    fn error_codes_and_odd_replies() {
        let nx = reply("x.test", 3, 0, &[]);
        assert_eq!(parse_reply(&nx, 7, "x.test"), Some(Reply::NoSuchName));
        let servfail = reply("x.test", 2, 0, &[]);
        assert_eq!(parse_reply(&servfail, 7, "x.test"), Some(Reply::TryAgain));
        let refused = reply("x.test", 5, 0, &[]);
        assert_eq!(parse_reply(&refused, 7, "x.test"), Some(Reply::Failed));
        let empty = reply("x.test", 0, 0, &[]);
        assert_eq!(parse_reply(&empty, 7, "x.test"), Some(Reply::NoAddress));
        // Says two answers, holds half of one: truncated (TC) or mangled.
        let cut = reply("x.test", FLAG_TRUNCATED, 2, &A_AT_QUESTION[..9]);
        assert_eq!(parse_reply(&cut, 7, "x.test"), Some(Reply::TryAgain));
        let mangled = reply("x.test", 0, 2, &A_AT_QUESTION[..9]);
        assert_eq!(parse_reply(&mangled, 7, "x.test"), None);
        // Truncated, but the address made it: use it.
        let partial = reply("x.test", FLAG_TRUNCATED, 2, &A_AT_QUESTION);
        assert!(matches!(
            parse_reply(&partial, 7, "x.test"),
            Some(Reply::Address(..))
        ));
        // A pointer loop is refused, not followed forever.
        let looped = reply("x.test", 0, 1, &[0xc0, 24]);
        assert_eq!(parse_reply(&looped, 7, "x.test"), None);
        assert_eq!(parse_reply(&[0; 5], 7, "x.test"), None);
    }
}
