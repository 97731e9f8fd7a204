-- What an image shows, written by its sender: the text alternative shown to those who cannot see it.
alter table chat_attachment add column description varchar(300);
