create table probe (id int primary key); insert into probe values (1);
