describe("edge.waf.chat_argument", function()
    local argument
    setup(function()
        argument = require("edge.waf.chat_argument").argument
    end)

    it("hands on what follows a mention and a lead-in of plain words", function()
        assert.equals("1 or 1=1", argument("lookup user 1 or 1=1"))
        assert.equals("'", argument("ticket title: '"))
        assert.equals("x'--", argument("hey bot, x'--"))
        assert.equals(".git/config", argument("<@U07BOT> can you find .git/config"))
        assert.equals("`", argument("<@U07BOT|jeeves> `"))
        -- a question typed around the argument
        assert.equals("1 union", argument("can someone look up 1 union ?"))
        -- a word with more than letters is the argument's first
        assert.equals("create_function", argument("search create_function"))
        assert.equals("CHAR(65)", argument("search for CHAR(65)"))
        -- an emoji code after it, an argument quoted as code
        assert.equals("ini_set", argument("search `ini_set` :eyes:"))
        assert.equals("x' or 1", argument("<@U07BOT> lookup user x' or 1 :pray:"))
        assert.equals("`a` and `b`", argument("search `a` and `b`"))
    end)

    it("hands on nothing for a line that is its own argument or prose", function()
        assert.is_nil(argument("1 or 1=1"))
        assert.is_nil(argument("' or 1=1--"))
        assert.is_nil(argument("thanks for the help"))
        assert.is_nil(argument("can you check the deploy"))
        assert.is_nil(argument("<@U07BOT> hello"))
        assert.is_nil(argument(""))
    end)

    it("stops a lead-in after six words: past them the line is prose", function()
        assert.equals("words and then 'x'", argument("one two three four five six words and then 'x'"))
    end)

    it("reads a line of any length in one pass: runs of spaces and parentheses are no search", function()
        local spaces = string.rep(" ", 200000)
        assert.equals("'" .. spaces .. "x", argument("search '" .. spaces .. "x"))
        assert.equals("'x", argument("search 'x" .. spaces))
        assert.equals("'x", argument("search 'x" .. spaces .. "?" .. spaces))
    end)
end)
