//! DOS path names on the host: drive C: is the `--drive` directory; names are
//! case-insensitive 8.3, separators are `\` (or `/`), `.` and `..` work.
use std::path::{Path, PathBuf};

pub const ERR_FILE_NOT_FOUND: u16 = 2;
pub const ERR_PATH_NOT_FOUND: u16 = 3;
pub const ERR_INVALID_DRIVE: u16 = 0x0F;

pub struct Drive {
    root: PathBuf,
    /// Current directory as DOS components, upper case (empty = root).
    cwd: Vec<String>,
    /// DOS full names that stand for host files outside the drive (the program).
    aliases: Vec<(String, PathBuf)>,
}

/// A resolved DOS name: the host path it means and its DOS spelling.
pub struct Resolved {
    pub host: PathBuf,
    pub exists: bool,
}

fn valid_component(name: &str) -> bool {
    let (stem, ext) = match name.split_once('.') {
        Some((s, e)) => (s, e),
        None => (name, ""),
    };
    !stem.is_empty()
        && stem.len() <= 8
        && ext.len() <= 3
        && !ext.contains('.')
        && name
            .bytes()
            .all(|b| b > b' ' && !b"\"*+,/:;<=>?[]|\\".contains(&b))
}

impl Drive {
    pub fn new(root: &Path) -> Drive {
        Drive {
            root: root.to_path_buf(),
            cwd: Vec::new(),
            aliases: Vec::new(),
        }
    }

    /// The current directory without drive and leading backslash (INT 21h 47h).
    pub fn cwd_text(&self) -> String {
        self.cwd.join("\\")
    }

    /// Makes `dos_name` (like `C:\MPYDOS.EXE`) open `host`.
    pub fn add_alias(&mut self, dos_name: &str, host: &Path) {
        self.aliases
            .push((dos_name.to_ascii_uppercase(), host.to_path_buf()));
    }

    /// The DOS name of a host file if it lies inside the drive.
    pub fn dos_name_of(&self, host: &Path) -> Option<String> {
        let root = self.root.canonicalize().ok()?;
        let file = host.canonicalize().ok()?;
        let rel = file.strip_prefix(root).ok()?;
        let parts: Vec<String> = rel
            .iter()
            .map(|c| c.to_string_lossy().to_ascii_uppercase())
            .collect();
        if parts.iter().all(|p| valid_component(p)) {
            Some(format!("C:\\{}", parts.join("\\")))
        } else {
            None
        }
    }

    /// Splits a DOS path into absolute upper-case components.
    fn components(&self, dos: &[u8]) -> Result<Vec<String>, u16> {
        let text = String::from_utf8_lossy(dos).to_ascii_uppercase();
        let mut rest = text.as_str();
        if rest.len() >= 2 && rest.as_bytes()[1] == b':' {
            if rest.as_bytes()[0] != b'C' {
                return Err(ERR_INVALID_DRIVE);
            }
            rest = &rest[2..];
        }
        let absolute = rest.starts_with('\\') || rest.starts_with('/');
        let mut parts = if absolute {
            Vec::new()
        } else {
            self.cwd.clone()
        };
        for part in rest.split(['\\', '/']) {
            match part {
                "" | "." => {}
                ".." => {
                    if parts.pop().is_none() {
                        return Err(ERR_PATH_NOT_FOUND);
                    }
                }
                name => parts.push(name.to_string()),
            }
        }
        Ok(parts)
    }

    /// Finds the host entry for `name` in `dir`, ignoring case.
    fn lookup(dir: &Path, name: &str) -> Option<PathBuf> {
        let entries = std::fs::read_dir(dir).ok()?;
        entries.flatten().map(|e| e.path()).find(|p| {
            p.file_name()
                .map(|f| f.to_string_lossy().eq_ignore_ascii_case(name))
                .unwrap_or(false)
        })
    }

    /// Resolves every directory component; the last one may not exist yet.
    pub fn resolve(&self, dos: &[u8]) -> Result<Resolved, u16> {
        let parts = self.components(dos)?;
        let full = format!("C:\\{}", parts.join("\\"));
        if let Some((_, host)) = self.aliases.iter().find(|(name, _)| *name == full) {
            return Ok(Resolved {
                host: host.clone(),
                exists: true,
            });
        }
        let mut host = self.root.clone();
        let Some((last, dirs)) = parts.split_last() else {
            return Ok(Resolved { host, exists: true });
        };
        for dir in dirs {
            if !valid_component(dir) {
                return Err(ERR_PATH_NOT_FOUND);
            }
            match Self::lookup(&host, dir) {
                Some(found) if found.is_dir() => host = found,
                _ => return Err(ERR_PATH_NOT_FOUND),
            }
        }
        if !valid_component(last) {
            return Err(ERR_FILE_NOT_FOUND);
        }
        match Self::lookup(&host, last) {
            Some(found) => Ok(Resolved {
                host: found,
                exists: true,
            }),
            None => Ok(Resolved {
                host: host.join(last),
                exists: false,
            }),
        }
    }

    /// Resolves a directory and returns its host path and DOS components.
    pub fn directory(&self, dos: &[u8]) -> Result<(PathBuf, Vec<String>), u16> {
        let resolved = self.resolve(dos)?;
        if !resolved.exists || !resolved.host.is_dir() {
            return Err(ERR_PATH_NOT_FOUND);
        }
        Ok((resolved.host, self.components(dos)?))
    }

    pub fn change_dir(&mut self, dos: &[u8]) -> Result<(), u16> {
        let (_, parts) = self.directory(dos)?;
        self.cwd = parts;
        Ok(())
    }

    /// True if `host` is the current directory or one of its parents.
    pub fn is_current_or_parent(&self, host: &Path) -> bool {
        let mut dir = self.root.clone();
        if dir == host {
            return true;
        }
        for part in &self.cwd {
            match Self::lookup(&dir, part) {
                Some(found) => dir = found,
                None => return false,
            }
            if dir == host {
                return true;
            }
        }
        false
    }
}

/// Splits a search pattern `DIR\NAME.EXT` into the directory and the mask.
pub fn split_pattern(dos: &[u8]) -> (Vec<u8>, Vec<u8>) {
    match dos
        .iter()
        .rposition(|&b| b == b'\\' || b == b'/' || b == b':')
    {
        Some(i) => {
            // Keep the separator when it is the root ("\\", "C:\\") or a drive.
            let dir = if dos[i] == b':' || i == 0 || dos[i - 1] == b':' {
                dos[..=i].to_vec()
            } else {
                dos[..i].to_vec()
            };
            (dir, dos[i + 1..].to_vec())
        }
        None => (Vec::new(), dos.to_vec()),
    }
}

/// DOS wildcard match of an 8.3 name against a mask (`*`, `?`, `*.*`).
pub fn matches(mask: &[u8], name: &str) -> bool {
    fn split(s: &str) -> (String, String) {
        match s.split_once('.') {
            Some((a, b)) => (a.to_string(), b.to_string()),
            None => (s.to_string(), String::new()),
        }
    }
    fn field(mask: &str, value: &str, width: usize) -> bool {
        let mask: Vec<u8> = mask.bytes().collect();
        let value: Vec<u8> = value.bytes().collect();
        for i in 0..width {
            let m = mask.get(i).copied().unwrap_or(b' ');
            if m == b'*' {
                return true;
            }
            let v = value.get(i).copied().unwrap_or(b' ');
            if m != b'?' && m != v {
                return false;
            }
        }
        true
    }
    let mask = String::from_utf8_lossy(mask).to_ascii_uppercase();
    let (mask_stem, mask_ext) = split(&mask);
    let (stem, ext) = split(&name.to_ascii_uppercase());
    field(&mask_stem, &stem, 8) && field(&mask_ext, &ext, 3)
}

/// A host file name as DOS shows it, if it is a valid 8.3 name.
pub fn dos_name(host_name: &str) -> Option<String> {
    let upper = host_name.to_ascii_uppercase();
    valid_component(&upper).then_some(upper)
}
