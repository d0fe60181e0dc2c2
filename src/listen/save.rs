//! The `--save` file: whole NDJSON lines, whatever happens. One writer at a time (an advisory
//! lock); a write that fails (a full disk) is cut back off, so the next line never lands on a
//! fragment; a last line torn by an earlier crash is moved aside at start; a file deleted or
//! replaced while listening is noticed (within a millisecond), and a new one opened at the path.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::Error;
use crate::record::Record;

pub struct SaveFile {
    file: File,
    path: PathBuf,
    /// The file's length: where the next line starts, and where a failed write is cut back to.
    len: u64,
    /// The `seq` of the last callback in the file when it was opened (0 when empty).
    pub last_seq: u64,
    /// When the path was last checked to still name the file.
    checked: Instant,
}

/// How often the path is checked to still name the open file: a file deleted or replaced is
/// written to for at most this long. Checking before every write (a `statx` each) cost the
/// answering thread a twentieth of its time.
const CHECK_EVERY: Duration = Duration::from_millis(1);

/// What became of a line.
pub enum Appended {
    Saved,
    /// Saved, in a new file: the one being written had been deleted or replaced.
    SavedAfterReopen(String),
    /// Not saved, and the file is as it was before: why.
    Failed(String),
}

impl SaveFile {
    /// Opens `path` for appending, takes its lock, and reads the `seq` its last line holds.
    /// A last line cut short (no newline, not a whole record) was never answered 2xx: it is
    /// moved to `PATH.torn`, and the returned note says so.
    pub fn open(path: &Path) -> Result<(SaveFile, Option<String>), Error> {
        let (file, len) = open_locked(path)?;
        let mut save = SaveFile {
            file,
            path: path.to_path_buf(),
            len,
            last_seq: 0,
            checked: Instant::now(),
        };
        let note = save.read_last_seq()?;
        Ok((save, note))
    }

    /// Appends one whole line, or nothing.
    pub fn append(&mut self, line: &[u8]) -> Appended {
        let mut reopened = None;
        let now = Instant::now();
        if now.duration_since(self.checked) >= CHECK_EVERY && {
            self.checked = now;
            self.is_gone()
        } {
            match open_locked(&self.path) {
                Ok((file, len)) => {
                    (self.file, self.len) = (file, len);
                    reopened = Some(format!(
                        "{} was deleted or replaced while listening: saving to {0} again from here",
                        self.path.display()
                    ));
                }
                Err(e) => {
                    return Appended::Failed(format!(
                        "{} was deleted or replaced, and cannot be opened again: {e}",
                        self.path.display()
                    ));
                }
            }
        }
        match self.file.write_all(line) {
            Ok(()) => {
                self.len += line.len() as u64;
                match reopened {
                    Some(note) => Appended::SavedAfterReopen(note),
                    None => Appended::Saved,
                }
            }
            Err(e) => {
                // Part of the line may be on disk: cut it off, so the file stays whole lines.
                let why = match self.file.set_len(self.len) {
                    Ok(()) => e.to_string(),
                    Err(cut) => format!("{e}, and the part written could not be cut off: {cut}"),
                };
                Appended::Failed(why)
            }
        }
    }

    /// The newest `n` callbacks in the file, oldest first, read from its end (lines that are not
    /// callbacks are passed over: they are shown nowhere).
    pub fn newest(&mut self, n: usize) -> Result<Vec<Record>, Error> {
        // The file ends with a newline: n + 1 of them bound the last n lines.
        let mut newlines = 0;
        let start = self
            .walk_back(self.len, |b| {
                newlines += usize::from(b == b'\n');
                newlines > n
            })
            .map_err(|e| self.damaged(e))?
            .map_or(0, |at| at + 1);
        let mut tail = vec![0; (self.len - start) as usize];
        self.read_at(start, &mut tail)
            .map_err(|e| self.damaged(e))?;
        Ok(String::from_utf8_lossy(&tail)
            .lines()
            .filter_map(|line| Record::from_line(line).ok())
            .collect())
    }

    /// Flushes the file's data to the disk: what was answered stays after a power cut.
    pub fn sync(&self) -> std::io::Result<()> {
        self.file.sync_data()
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// True when the path no longer names the open file (deleted, or renamed over).
    fn is_gone(&self) -> bool {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            self.file.metadata().is_ok_and(|m| m.nlink() == 0)
        }
        #[cfg(not(unix))]
        false
    }

    fn damaged(&self, why: String) -> Error {
        Error::usage(format!("cannot append to {}: {why}", self.path.display()))
            .hint("save to a new file, or remove the damaged last line")
    }

    /// Finds the last line without reading the file whole (linear, even with no newline at
    /// all), and takes its `seq`.
    fn read_last_seq(&mut self) -> Result<Option<String>, Error> {
        let (start, end, has_newline) = self.last_line().map_err(|e| self.damaged(e))?;
        if start == end {
            return Ok(None);
        }
        let mut line = vec![0; (end - start) as usize];
        self.read_at(start, &mut line)
            .map_err(|e| self.damaged(e))?;
        let record = std::str::from_utf8(&line)
            .map_err(|e| e.to_string())
            .and_then(Record::from_line);
        match (record, has_newline) {
            (Ok(record), true) => self.last_seq = record.seq,
            (Ok(record), false) => {
                // A whole record that only lacks its newline.
                self.last_seq = record.seq;
                self.file
                    .write_all(b"\n")
                    .map_err(|e| self.damaged(e.to_string()))?;
                self.len += 1;
            }
            (Err(e), true) => {
                return Err(self.damaged(format!("its last line is not a saved callback: {e}")));
            }
            (Err(_), false) => return self.move_torn_line_aside(start).map(Some),
        }
        Ok(None)
    }

    /// The last line that is not blank: its start and end, and whether a newline follows it.
    fn last_line(&mut self) -> Result<(u64, u64, bool), String> {
        let mut newline_after = false;
        let last = self.walk_back(self.len, |b| {
            newline_after |= b == b'\n';
            !b.is_ascii_whitespace()
        })?;
        let Some(last) = last else {
            return Ok((0, 0, false));
        };
        let start = self.walk_back(last, |b| b == b'\n')?.map_or(0, |at| at + 1);
        Ok((start, last + 1, newline_after))
    }

    /// Reads the file backwards from `end`, 64 kB at a time, giving `found` each byte until it
    /// says yes: the offset of that byte, or None at the file's start. Linear, whatever the
    /// file holds (one with no newline at all included).
    fn walk_back(
        &mut self,
        end: u64,
        mut found: impl FnMut(u8) -> bool,
    ) -> Result<Option<u64>, String> {
        const STEP: u64 = 64 * 1024;
        let mut chunk = vec![0u8; STEP as usize];
        let mut pos = end;
        while pos > 0 {
            let from = pos.saturating_sub(STEP);
            let piece = &mut chunk[..(pos - from) as usize];
            self.read_at(from, piece)?;
            if let Some(i) = piece.iter().rposition(|&b| found(b)) {
                return Ok(Some(from + i as u64));
            }
            pos = from;
        }
        Ok(None)
    }

    fn read_at(&mut self, at: u64, buf: &mut [u8]) -> Result<(), String> {
        self.file
            .seek(SeekFrom::Start(at))
            .and_then(|_| self.file.read_exact(buf))
            .map_err(|e| e.to_string())
    }

    /// Moves the bytes from `start` to the end into `PATH.torn` (appended to what it holds),
    /// then cuts them off, and says so.
    fn move_torn_line_aside(&mut self, start: u64) -> Result<String, Error> {
        let torn_path = PathBuf::from(format!("{}.torn", self.path.display()));
        let mut torn = vec![0; (self.len - start) as usize];
        self.read_at(start, &mut torn)
            .map_err(|e| self.damaged(e))?;
        OpenOptions::new()
            .create(true)
            .append(true)
            .open(&torn_path)
            .and_then(|mut f| f.write_all(&torn).and_then(|_| f.sync_data()))
            .map_err(|e| {
                self.damaged(format!(
                    "its last line is cut short, and cannot be moved to {}: {e}",
                    torn_path.display()
                ))
            })?;
        self.file
            .set_len(start)
            .map_err(|e| self.damaged(e.to_string()))?;
        self.len = start;
        // The line before it ends with a newline, so it is whole: its seq goes on.
        let note = format!(
            "the last {} bytes of {} were a line cut short (a write that never finished, never \
             answered 2xx): moved to {}",
            torn.len(),
            self.path.display(),
            torn_path.display()
        );
        self.read_last_seq()?;
        Ok(note)
    }
}

/// Opens `path` to append (creating it), and takes its advisory lock: one `listen` writes a
/// file at a time.
fn open_locked(path: &Path) -> Result<(File, u64), Error> {
    let file = OpenOptions::new()
        .create(true)
        .read(true)
        .append(true)
        .open(path)
        .map_err(|e| {
            Error::usage(format!(
                "cannot open the --save file {}: {e}",
                path.display()
            ))
        })?;
    #[cfg(unix)]
    {
        use std::os::fd::AsRawFd;
        // SAFETY: flock only reads the descriptor, which `file` keeps open.
        if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } != 0 {
            return Err(Error::usage(format!(
                "{} is being written by another `bchook listen`",
                path.display()
            ))
            .hint("give this run its own --save file, or stop the other one"));
        }
    }
    let len = file
        .metadata()
        .map_err(|e| Error::usage(format!("cannot read {}: {e}", path.display())))?
        .len();
    Ok((file, len))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(seq: u64, pad: usize) -> String {
        format!(
            "{{\"seq\":{seq},\"received_at\":\"t\",\"method\":\"POST\",\"path\":\"/\",\"query\":null,\"headers\":{{}},\"body\":{{\"pad\":\"{}\"}},\"body_text\":null,\"platform\":\"unknown\",\"event\":null,\"store\":null,\"entity_id\":null,\"signature\":\"absent\",\"signature_error\":null}}\n",
            "x".repeat(pad)
        )
    }

    fn open(path: &Path) -> Result<(u64, Option<String>), String> {
        SaveFile::open(path)
            .map(|(save, note)| (save.last_seq, note))
            .map_err(|e| e.to_string())
    }

    #[test]
    fn the_last_seq_is_read_from_the_end_and_a_torn_line_moved_aside() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("saved.ndjson");
        assert_eq!(open(&path).unwrap(), (0, None));
        // Long lines, so the end is found across the 64 kB steps.
        let whole = [1, 2, 41].map(|seq| line(seq, 100_000)).concat();
        std::fs::write(&path, format!("{whole}\n\n")).unwrap();
        assert_eq!(open(&path).unwrap(), (41, None));

        std::fs::write(&path, format!("{whole}{{\"seq\":42,\"rec")).unwrap();
        let (seq, note) = open(&path).unwrap();
        assert_eq!(seq, 41);
        assert!(note.unwrap().starts_with("the last 14 bytes of"));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), whole);
        let torn = dir.path().join("saved.ndjson.torn");
        assert_eq!(std::fs::read_to_string(&torn).unwrap(), "{\"seq\":42,\"rec");

        // A whole record without its newline gets one.
        std::fs::write(&path, whole.trim_end()).unwrap();
        assert_eq!(open(&path).unwrap(), (41, None));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), whole);

        std::fs::write(&path, "not a record\n").unwrap();
        let wrong = open(&path).unwrap_err();
        assert!(
            wrong.contains("its last line is not a saved callback"),
            "{wrong}"
        );
    }

    #[test]
    fn the_newest_lines_are_read_from_the_end() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("saved.ndjson");
        // Lines longer than the 64 kB steps, and more of them than are asked for.
        let all: String = (1..=30).map(|seq| line(seq, 30_000)).collect();
        std::fs::write(&path, &all).unwrap();
        let (mut save, _) = SaveFile::open(&path).unwrap();
        let seqs: Vec<u64> = save.newest(7).unwrap().iter().map(|r| r.seq).collect();
        assert_eq!(seqs, (24..=30).collect::<Vec<u64>>());
        assert_eq!(save.newest(100).unwrap().len(), 30);
        assert!(save.newest(0).unwrap().is_empty());
    }

    #[test]
    fn a_file_with_no_newline_at_all_is_one_torn_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("saved.ndjson");
        std::fs::write(&path, vec![b'a'; 3 << 20]).unwrap();
        let (seq, note) = open(&path).unwrap();
        assert_eq!(seq, 0);
        assert!(
            note.unwrap()
                .starts_with(&format!("the last {} bytes", 3 << 20))
        );
        assert_eq!(std::fs::metadata(&path).unwrap().len(), 0);
    }

    #[test]
    fn a_failed_write_leaves_the_file_as_it_was_and_a_second_writer_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("saved.ndjson");
        let (mut save, _) = SaveFile::open(&path).unwrap();
        assert!(matches!(
            save.append(line(1, 10).as_bytes()),
            Appended::Saved
        ));
        let second = SaveFile::open(&path).err().unwrap().to_string();
        assert!(second.contains("is being written by another"), "{second}");
        // A write the file refuses: what was written of it is cut back off.
        save.file = OpenOptions::new().read(true).open(&path).unwrap();
        assert!(matches!(
            save.append(line(2, 10).as_bytes()),
            Appended::Failed(_)
        ));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), line(1, 10));
    }
}
